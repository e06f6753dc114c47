// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { exportMarkdown, fenceFor, type BookLabels } from '../../../src/exchange/markdown';
import { emptyRecords } from '../../../src/exchange/records';
import { prompt, run, sampleLibrary } from './helpers';

const labels: BookLabels = {
  heading: 'Prompt book',
  untitled: 'Untitled',
  tags: 'Tags',
  favourite: 'Favourite',
  parameters: 'Parameters',
  seconds: (n) => `${n} s`,
  runs: 'Runs',
  rating: (n) => `${n}/5`,
  notes: 'Notes',
  date: (at) => new Date(at).toISOString().slice(0, 10),
};

describe('the Markdown prompt book', () => {
  it('has each title, its tags, parameters and the prompt in a code block', () => {
    const md = exportMarkdown(sampleLibrary(), labels);
    expect(md).toContain('## Dune walker');
    expect(md).toContain('**Tags:** desert · golden hour');
    expect(md).toContain('**Parameters:** gemini · gemini-omni-1.1-flash · 8 s · 16:9 · 720p');
    expect(md).toMatch(/```text\nCinematic 35mm film\./);
  });

  it('lists runs with their rating and notes', () => {
    const md = exportMarkdown(sampleLibrary(), labels);
    expect(md).toContain('★★★★☆ 4/5');
    expect(md).toContain('  > Good light.');
  });

  it('a prompt full of backticks cannot close its own code block', () => {
    const text = 'before ```` inside ``` after';
    expect(fenceFor(text)).toBe('`````');
    const html = marked.parse(exportMarkdown({ ...emptyRecords(), prompts: [prompt('p1', { text })] }, labels), { async: false });
    expect(html).toContain('<code class="language-text">before ```` inside ``` after\n</code>');
  });

  it('HTML in titles, tags and notes prints as text', () => {
    const evil = '<img src=x onerror=alert(1)>';
    const p = prompt('p1', { title: evil, tags: ['<b>t</b>'] });
    const md = exportMarkdown({ ...emptyRecords(), prompts: [p], runs: [run('r1', 'p1', { notes: evil, rating: 3 })] }, labels);
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<img|<b>/);
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
