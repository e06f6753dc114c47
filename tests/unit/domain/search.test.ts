import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { SearchIndex, normaliseForSearch } from '../../../src/domain/search';
import { newStoryboard } from '../../../src/domain/storyboard';
import { emptyShot } from '../../../src/domain/shot';

const item = (id: string, title: string, text: string, tags: string[] = [], updatedAt = 0) => ({ id, title, text, tags, updatedAt });

describe('search', () => {
  it('finds a prompt by a word in its text, ignoring case', () => {
    const index = new SearchIndex();
    index.put(item('a', 'Dunes', 'Slow DOLLY-IN over the dunes'));
    index.put(item('b', 'City', 'Neon reflections in puddles'));
    expect(index.search('dolly')).toEqual(['a']);
    expect(index.search('PUDDLES')).toEqual(['b']);
  });

  it("finds a storyboard prompt by words in any shot's text or its cast sheet", () => {
    const board = newStoryboard(3);
    board.cast.characters = 'Mona, a tall woman';
    board.cast.setting = 'محطة الترام في الإسكندرية';
    board.shots[2]!.shot = { ...emptyShot(), subject: 'the tram arrives', beats: [{ from: 0, to: 2, action: 'bell rings twice' }] };
    const index = new SearchIndex();
    index.put({ ...item('a', 'Tram stop', 'Shot 1 text only'), storyboard: board });
    index.put(item('b', 'Other', 'A tram in the rain'));
    expect(index.search('bell rings')).toEqual(['a']);
    expect(index.search('mona')).toEqual(['a']);
    expect(index.search('الاسكندريه')).toEqual(['a']);
    expect(index.search('tram')).toEqual(['a', 'b']);
  });

  it('needs every word of the query, in any order', () => {
    const index = new SearchIndex();
    index.put(item('a', 'One', 'golden hour drone shot'));
    index.put(item('b', 'Two', 'golden hour close-up'));
    expect(index.search('drone golden')).toEqual(['a']);
  });

  it('finds by tag, with or without a leading #', () => {
    const index = new SearchIndex();
    index.put(item('a', 'One', 'text', ['Riyadh']));
    expect(index.search('#riyadh')).toEqual(['a']);
  });

  it('folds Arabic letter forms, tashkeel and tatweel', () => {
    const index = new SearchIndex();
    index.put(item('a', 'مدينة', 'لقطةٌ واسعةٌ لإضاءة المدينــة'));
    expect(index.search('اضاءه')).toEqual(['a']);
    expect(index.search('المدينه')).toEqual(['a']);
    expect(normaliseForSearch('٣ ثوانٍ')).toBe('3 ثوان');
  });

  it('folds Latin accents', () => {
    const index = new SearchIndex();
    index.put(item('a', 'Café', 'crème brûlée macro shot'));
    expect(index.search('creme brulee')).toEqual(['a']);
  });

  it('ranks title matches first, then the most recently updated', () => {
    const index = new SearchIndex();
    index.put(item('old-text', 'x', 'harbour', [], 1));
    index.put(item('new-text', 'y', 'harbour', [], 3));
    index.put(item('title', 'Harbour at dawn', 'z', [], 2));
    expect(index.search('harbour')).toEqual(['title', 'new-text', 'old-text']);
  });

  it('an empty query lists everything, newest first', () => {
    const index = new SearchIndex();
    index.put(item('a', 'A', '', [], 1));
    index.put(item('b', 'B', '', [], 2));
    expect(index.search('  ')).toEqual(['b', 'a']);
  });

  it('a removed or replaced prompt is no longer found by its old words', () => {
    const index = new SearchIndex();
    index.put(item('a', 'A', 'first words'));
    index.put(item('a', 'A', 'second words'));
    expect(index.search('first')).toEqual([]);
    index.remove('a');
    expect(index.search('second')).toEqual([]);
    expect(index.size).toBe(0);
  });

  it('folds plain ASCII text exactly as the full Unicode folding does', () => {
    const full = (text: string) => text.normalize('NFKD').replace(/\p{M}/gu, '').toLocaleLowerCase('en').replace(/\s+/g, ' ');
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...'aZ 09\t\n\r-#.,:;!?\'"()[]{}~`|\\/'.split('')) }), (text) => {
        expect(normaliseForSearch(text)).toBe(full(text));
      }),
    );
    expect(normaliseForSearch('Slow  DOLLY-IN\n\tover')).toBe('slow dolly-in over');
  });

  it('adding a prompt folds nothing; prepare folds ahead of the first search, which finds the same', () => {
    const index = new SearchIndex();
    for (let i = 0; i < 10; i++) index.put(item(`p${i}`, `Prompt ${i}`, i % 2 ? 'Café at dusk' : 'Harbour at dawn', [], i));
    expect(index.unprepared).toBe(10);
    const lazy = index.search('cafe');
    expect(index.unprepared).toBe(0);
    const eager = new SearchIndex();
    for (let i = 0; i < 10; i++) eager.put(item(`p${i}`, `Prompt ${i}`, i % 2 ? 'Café at dusk' : 'Harbour at dawn', [], i));
    expect(eager.prepare(4)).toBe(6);
    expect(eager.prepare()).toBe(0);
    expect(eager.search('cafe')).toEqual(lazy);
    expect(lazy).toEqual(['p9', 'p7', 'p5', 'p3', 'p1']);
  });

  it('typing a query letter by letter, and back, gives what a fresh index gives for each prefix (the narrowing never drops or reorders a hit)', () => {
    const words = ['fog', 'night', 'market', 'سوق', 'golden', 'hour', 'neon', 'rain'];
    fc.assert(
      fc.property(
        fc.array(fc.record({ title: fc.constantFrom(...words), text: fc.array(fc.constantFrom(...words), { maxLength: 6 }), updatedAt: fc.integer({ min: 0, max: 3 }) }), { maxLength: 30 }),
        fc.array(fc.constantFrom(...words), { minLength: 1, maxLength: 3 }),
        (items, queryWords) => {
          const typed = new SearchIndex();
          const fresh = () => {
            const index = new SearchIndex();
            items.forEach((it, i) => index.put(item(`p${i}`, it.title, it.text.join(' '), [], it.updatedAt)));
            return index;
          };
          items.forEach((it, i) => typed.put(item(`p${i}`, it.title, it.text.join(' '), [], it.updatedAt)));
          const query = queryWords.join(' ');
          const prefixes = [...query].map((_, i) => query.slice(0, i + 1));
          for (const prefix of [...prefixes, ...prefixes.slice().reverse()]) expect(typed.search(prefix)).toEqual(fresh().search(prefix));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('a prompt added or removed between two keystrokes is seen by the next search', () => {
    const index = new SearchIndex();
    index.put(item('a', 'Fog', 'fog over the market'));
    expect(index.search('fo')).toEqual(['a']);
    index.put(item('b', 'Fog again', 'more fog', [], 1));
    expect(index.search('fog')).toEqual(['b', 'a']);
    index.remove('a');
    expect(index.search('fog ')).toEqual(['b']);
  });
});
