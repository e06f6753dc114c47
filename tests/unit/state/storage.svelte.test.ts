import { describe, expect, it } from 'vitest';
import { recordKey } from '../../../src/storage/db';
import { fakeBrowser, settle } from './fakes';

describe('app storage', () => {
  it('opens IndexedDB, and tells other tabs, never itself, which records changed', async () => {
    const browser = fakeBrowser();
    const a = await browser.tab();
    const b = await browser.tab();
    expect(a.mode).toBe('persistent');
    const heardByA: string[][] = [];
    const heardByB: string[][] = [];
    await a.follow('prompt', async () => undefined, (ids) => heardByA.push(ids));
    await b.follow('prompt', async () => undefined, (ids) => heardByB.push(ids));
    a.publish([recordKey.prompt('p1'), recordKey.run('r1'), recordKey.version('p1', 2)]);
    await settle();
    expect(heardByB).toEqual([['p1']]);
    expect(heardByA).toEqual([]);
  });

  it('reads keys by kind', () => {
    expect(recordKey.parse('run/abc')).toEqual({ kind: 'run', id: 'abc' });
    expect(recordKey.parse(recordKey.version('p1', 3))).toEqual({ kind: 'version', id: 'p1/00000003' });
    expect(recordKey.parse('meta/schema')).toBeUndefined();
    expect(recordKey.parse('prompt/')).toBeUndefined();
  });
});
