import { marked } from 'marked';
import DOMPurify from 'dompurify';

/**
 * The app's only Markdown renderer: marked for the syntax, DOMPurify for safety. Output keeps
 * text formatting, lists, tables, code and links; it never keeps scripts, event handlers,
 * styles, forms, frames, embedded objects, or javascript:/data: links.
 */
export function renderMarkdown(markdown: string): string {
  hardenLinks();
  const html = marked.parse(markdown, { async: false, gfm: true, breaks: false });
  return DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'form', 'input', 'button', 'textarea', 'select', 'iframe', 'object', 'embed', 'svg', 'math'],
    FORBID_ATTR: ['style'],
    ALLOWED_URI_REGEXP: /^(?:https?:|mailto:|#)/i,
  });
}

let hooked = false;

/** External links open in a new tab without access to this page. */
function hardenLinks(): void {
  if (hooked) return;
  hooked = true;
  DOMPurify.addHook('afterSanitizeAttributes', (node) => {
    if (node instanceof Element && node.tagName === 'A' && /^https?:/i.test(node.getAttribute('href') ?? '')) {
      node.setAttribute('target', '_blank');
      node.setAttribute('rel', 'noopener noreferrer');
    }
  });
}
