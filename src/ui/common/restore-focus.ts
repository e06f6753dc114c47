/**
 * Gives focus back to where it was before a dialog or menu opened; when that place is gone
 * (the action moved to another section) or hidden (it sat in a menu that has closed), focus
 * goes to the page's main region instead of being lost on the body.
 */
export function restoreFocus(opener: Element | null): void {
  if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected && (opener.checkVisibility?.() ?? true)) {
    opener.focus();
    if (document.activeElement === opener) return;
  }
  document.getElementById('main')?.focus();
}
