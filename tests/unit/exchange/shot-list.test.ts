import { describe, expect, it } from 'vitest';
import { marked } from 'marked';
import { exportShotLists, storyboardShotList, type ShotListLabels } from '../../../src/exchange/shot-list';
import { newPrompt, type Prompt } from '../../../src/domain/prompt';
import { shotText, type Storyboard } from '../../../src/domain/storyboard';
import { emptyShot } from '../../../src/domain/shot';
import { emptyRecords } from '../../../src/exchange/records';

const labels: ShotListLabels = {
  language: 'en',
  untitled: 'Untitled',
  summary: (shots, seconds) => `Storyboard · ${shots} shots · ${seconds} s`,
  castSheet: 'Cast sheet',
  cast: { characters: 'Characters', wardrobe: 'Wardrobe', setting: 'Setting', style: 'Style' },
  shot: (n) => `Shot ${n}`,
  seconds: (n) => `${n} s`,
  range: (from, to) => `${from}–${to} s`,
  duration: 'Duration',
  transition: 'Transition',
  transitions: { cut: 'Cut', matchCut: 'Match cut', dissolve: 'Dissolve' },
  time: 'Time',
  framing: 'Framing',
  move: 'Camera move',
  light: 'Light',
};

function board(): Storyboard {
  return {
    cast: { characters: 'Mona, a tall woman with short grey hair', wardrobe: 'red coat', setting: 'a tram stop at dusk', style: '35 mm film' },
    shots: [
      { shot: { ...emptyShot(), subject: 'Mona waits', shotSize: ['wide'], movement: ['static'], lighting: ['golden-hour'] }, seconds: 4, transition: 'cut' },
      { shot: { ...emptyShot(), subject: 'Mona looks up', shotSize: ['close-up'], angle: ['low'], movement: ['push-in'] }, seconds: 3, transition: 'matchCut' },
      { shot: { ...emptyShot(), subject: 'the tram arrives' }, seconds: 5, transition: 'dissolve' },
    ],
  };
}

function prompt(storyboard: Storyboard | undefined, title = 'Tram stop'): Prompt {
  return { ...newPrompt('p1', { title, text: 'x', tags: [], ...(storyboard ? { storyboard } : {}) }, 1000), rev: 1 };
}

describe('a storyboard as a Markdown shot list', () => {
  it('gives the title, the cast sheet, then one numbered section per shot with duration, transition, time range, terms and full text', () => {
    const b = board();
    const md = storyboardShotList(prompt(b), labels);
    const headings = md.split('\n').filter((l) => l.startsWith('#'));
    expect(headings).toEqual(['# Tram stop', '## Cast sheet', '## Shot 1 · 4 s', '## Shot 2 · 3 s', '## Shot 3 · 5 s']);
    expect(md).toContain('Storyboard · 3 shots · 12 s');
    expect(md).toContain('**Characters:** Mona, a tall woman with short grey hair');
    expect(md).toContain('**Style:** 35 mm film');
    const second = md.slice(md.indexOf('## Shot 2'), md.indexOf('## Shot 3'));
    expect(second).toContain('**Duration:** 3 s');
    expect(second).toContain('**Transition:** Match cut');
    expect(second).toContain('**Time:** 4–7 s');
    expect(second).toContain('**Framing:** Close-up · Low angle');
    expect(second).toContain('**Camera move:** Slow push-in');
    expect(second).toContain(shotText(b, 1));
    const first = md.slice(md.indexOf('## Shot 1'), md.indexOf('## Shot 2'));
    expect(first).not.toContain('Transition');
    expect(first).toMatch(/\*\*Light:\*\* Golden hour/);
    expect(md.slice(md.indexOf('## Shot 3'))).toContain('**Time:** 7–12 s');
  });

  it('prints vocabulary terms by their Arabic labels for an Arabic reader', () => {
    const md = storyboardShotList(prompt(board()), { ...labels, language: 'ar' });
    expect(md).toContain('لقطة قريبة');
  });

  it('escapes user text so it cannot become Markdown structure or HTML', () => {
    const b = board();
    b.cast.characters = '# Not a heading <img src=x onerror=alert(1)>\n- not a list\n1. nor this';
    b.cast.style = '**bold** [link](javascript:alert(1))';
    b.shots[0]!.shot.subject = 'a line with ``` fences ```` and <script>alert(1)</script>';
    const md = storyboardShotList(prompt(b, '<b>Title</b> # [x](javascript:1)'), labels);
    const html = marked.parse(md, { async: false });
    expect(html).not.toMatch(/<(img|script|b|a)[\s>]/);
    expect(html.match(/<strong>/g)).toHaveLength(4 + 5 + 5 + 3);
    expect(html.match(/<h[1-6][ >]/g)).toHaveLength(5);
    expect(html).not.toMatch(/<li>/);
    // The shot's own text comes out whole, inside one code block.
    expect(html).toContain('A line with ``` fences ```` and &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html.match(/<pre>/g)).toHaveLength(3);
  });

  it('gives a prompt that is not a storyboard its title and text', () => {
    expect(storyboardShotList(prompt(undefined), labels)).toBe('# Tram stop\n\n```text\nx\n```\n');
  });

  it('exports the shot lists of the storyboards among the records, in title order, and skips plain prompts', () => {
    const records = { ...emptyRecords(), prompts: [prompt(board(), 'Zebra'), { ...prompt(undefined, 'Plain'), id: 'p2' }, { ...prompt(board(), 'Apple'), id: 'p3' }] };
    const md = exportShotLists(records, labels);
    expect(md.split('\n').filter((l) => l.startsWith('# '))).toEqual(['# Apple', '# Zebra']);
  });
});
