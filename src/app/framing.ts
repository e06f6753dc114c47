/**
 * Inside another site's frame a click could be steered onto "Generate" or "Forget key", and the
 * page would work on this origin's storage: Laqta refuses to start there (the host's
 * `frame-ancestors 'none'` header stops the frame first; this covers hosts that cannot send it).
 * Returns true when the page is framed and the notice was shown instead of the app.
 */
export function refuseFramed(win: Pick<Window, 'top' | 'self'>, target: HTMLElement, notice: string): boolean {
  if (win.top === win.self) return false;
  const alert = target.ownerDocument.createElement('p');
  alert.setAttribute('role', 'alert');
  alert.textContent = notice;
  target.replaceChildren(alert);
  return true;
}
