// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readImportFile, type ImportFile } from '../../../src/exchange/read';

const ctx = { now: 0, newId: () => 'x' };
/** A file that only reports its size: any attempt to read it fails the test. */
function sizeOnly(name: string, size: number): ImportFile & { reads: number } {
  const stub = {
    name,
    size,
    reads: 0,
    slice: () => {
      stub.reads++;
      throw new Error('read');
    },
    text: () => {
      stub.reads++;
      throw new Error('read');
    },
  };
  return stub as unknown as ImportFile & { reads: number };
}

describe('file size is checked before reading', () => {
  it('R16: a 200 MB library file is refused from its size alone', async () => {
    const file = sizeOnly('huge.laqta.json', 200 * 1024 * 1024);
    expect(await readImportFile(file, ctx)).toEqual({ ok: false, error: { kind: 'tooLarge', limit: 'fileSize', max: 100 * 1024 * 1024 } });
    expect(file.reads).toBe(0);
  });

  it('a 200 MB Blob (never allocated) is refused the same way', async () => {
    const part = new Blob([new Uint8Array(1024 * 1024)]);
    const big = new File(Array.from({ length: 200 }, () => part), 'big.laqta.json');
    expect(big.size).toBe(200 * 1024 * 1024);
    expect(await readImportFile(big, ctx)).toMatchObject({ ok: false, error: { kind: 'tooLarge', limit: 'fileSize' } });
  });

  it('a 30 MB CSV is refused from its size', async () => {
    expect(await readImportFile(sizeOnly('big.csv', 30 * 1024 * 1024), ctx)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });

  it('a size that is not a number is refused', async () => {
    expect(await readImportFile(sizeOnly('x.laqta.json', Number.NaN), ctx)).toMatchObject({ ok: false, error: { kind: 'tooLarge' } });
  });
});
