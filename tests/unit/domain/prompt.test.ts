import { describe, expect, it } from 'vitest';
import { firstLine, newPrompt, normaliseTags, parseTagInput, titleFromText, limits } from '../../../src/domain/prompt';
import { makeId } from '../../../src/domain/ids';

describe('prompt', () => {
  it('a new prompt starts at rev 0 with default parameters and its own objects', () => {
    const a = newPrompt('a', { title: 'T', text: 'x', tags: [] }, 5);
    const b = newPrompt('b', { title: 'T', text: 'x', tags: [] }, 5);
    expect(a).toMatchObject({ id: 'a', rev: 0, createdAt: 5, updatedAt: 5, favorite: false });
    expect(a.params).not.toBe(b.params);
  });

  it('tags are trimmed, de-duplicated without regard to case, and capped', () => {
    expect(normaliseTags([' Dusk ', 'dusk', 'Drone', '', '  '])).toEqual(['Dusk', 'Drone']);
    expect(normaliseTags(Array.from({ length: 50 }, (_, i) => `t${i}`))).toHaveLength(limits.tagCount);
  });

  it('tag input splits on Latin and Arabic commas, semicolons and new lines', () => {
    expect(parseTagInput('dusk, drone; الرياض، ليل\nwide')).toEqual(['dusk', 'drone', 'الرياض', 'ليل', 'wide']);
  });

  it('the first line skips blank lines', () => {
    expect(firstLine('\n\n  Wide shot.\nMore')).toBe('Wide shot.');
    expect(firstLine('')).toBe('');
  });

  it('a title made from long text is cut at a word with an ellipsis', () => {
    const title = titleFromText('A lone figure in a red coat walks across the frozen lake toward a distant cabin at dusk');
    expect(title.endsWith('…')).toBe(true);
    expect(title.length).toBeLessThanOrEqual(61);
    expect(titleFromText('Short one')).toBe('Short one');
  });

  it('ids are distinct and start with the time', () => {
    let seed = 0;
    const random = () => ((seed = (seed * 9301 + 49297) % 233280) / 233280);
    const a = makeId(1000, random);
    const b = makeId(1000, random);
    expect(a).not.toBe(b);
    expect(a.startsWith((1000).toString(36))).toBe(true);
  });
});
