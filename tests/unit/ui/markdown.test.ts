import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/ui/learn/markdown';

describe('the Markdown renderer', () => {
  it('keeps formatting, lists, code and tables', () => {
    const html = renderMarkdown('# Title\n\n**bold** and `code`\n\n- one\n- two\n\n| a | b |\n|---|---|\n| 1 | 2 |');
    expect(html).toContain('<h1>Title</h1>');
    expect(html).toContain('<strong>bold</strong>');
    expect(html).toContain('<code>code</code>');
    expect(html).toContain('<li>one</li>');
    expect(html).toContain('<table>');
  });

  it('R20: drops scripts, event handlers, styles, forms and frames', () => {
    const html = renderMarkdown(
      '<script>alert(1)</script><img src=x onerror="alert(2)"><style>body{}</style><form><input></form><iframe src="https://x"></iframe><object data="x"></object><p style="color:red" onclick="alert(3)">p</p>',
    );
    expect(html).not.toMatch(/<script|onerror|<style|<form|<input|<iframe|<object|onclick|style=/i);
  });

  it('R20: drops javascript: and data: links but keeps http(s) and in-page links', () => {
    const html = renderMarkdown('[a](javascript:alert(1)) [b](data:text/html,<b>x</b>) [c](https://example.com) [d](#part)');
    expect(html).not.toMatch(/javascript:|data:/i);
    expect(html).toContain('href="https://example.com"');
    expect(html).toContain('href="#part"');
  });

  it('opens external links in a new tab without an opener', () => {
    expect(renderMarkdown('[c](https://example.com)')).toContain('rel="noopener noreferrer"');
  });
});
