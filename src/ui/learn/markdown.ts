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

interface MarkdownPolicy {
  createHTML(markdown: string): string;
}

let policy: MarkdownPolicy | undefined;

/**
 * A lesson as HTML the page accepts under Trusted Types: made only by the `laqta-markdown`
 * policy, whose one rule is renderMarkdown (marked, then DOMPurify). Without Trusted Types
 * (tests, older browsers) it is the same sanitised string.
 */
export function lessonHtml(markdown: string): string {
  const factory = (globalThis as { trustedTypes?: { createPolicy(name: string, rules: MarkdownPolicy): MarkdownPolicy } }).trustedTypes;
  if (!factory) return renderMarkdown(markdown);
  policy ??= factory.createPolicy('laqta-markdown', { createHTML: renderMarkdown });
  return policy.createHTML(markdown);
}

/** Puts a lesson into an element (a Svelte attachment): the only HTML sink the app fills itself. */
export function showLesson(markdown: string): (node: HTMLElement) => void {
  return (node) => {
    node.innerHTML = lessonHtml(markdown);
  };
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
