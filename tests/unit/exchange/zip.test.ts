// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { unzipSync, zipSync, strToU8 } from 'fflate';
import { exportLibraryJson } from '../../../src/exchange/json';
import { readImportFile } from '../../../src/exchange/read';
import { buildZip, type RunMediaBlobs } from '../../../src/exchange/zip';
import { openZip, unzipLimits } from '../../../src/exchange/unzip';
import { deflatedZeros, hostileZip, rawEntry } from './hostile-zip';
import { fixtureBytes, prompt, run, sampleLibrary, sha256, versionOf } from './helpers';
import { emptyRecords } from '../../../src/exchange/records';

const mp4 = fixtureBytes('media/sample-a.mp4');
const webp = fixtureBytes('media/thumb.webp');
const ctx = { now: 0, newId: () => 'x' };
const withVideo = () => {
  const p = prompt('p1');
  return { ...emptyRecords(), prompts: [p], versions: [versionOf(p)], runs: [run('r1', 'p1', { media: { video: 'video/r1', thumb: 'thumb/r1', mimeType: 'video/mp4', bytes: mp4.length } })] };
};

async function zipOf(records = withVideo(), media: Map<string, RunMediaBlobs & { mimeType: string }> = new Map([['r1', { video: new Blob([mp4]), thumb: new Blob([webp]), mimeType: 'video/mp4' }]])) {
  const blob = await buildZip(exportLibraryJson(records, 0).text, media, 0);
  return new File([blob], 'library.zip', { type: 'application/zip' });
}

describe('the .zip with media', () => {
  it('carries the library and the video bytes unchanged', async () => {
    const result = await readImportFile(await zipOf(), ctx);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const video = result.value.media.get('r1')?.video;
    expect(sha256(new Uint8Array(await (video as Blob).arrayBuffer()))).toBe(sha256(mp4));
    // Typed as putMedia types a generated video, so it plays and exports the same.
    expect(video?.type).toBe('video/mp4');
    expect(result.value.media.get('r1')?.thumb?.type).toBe('image/webp');
    expect(result.value.records.runs[0]?.media).toEqual({ video: 'video/r1', thumb: 'thumb/r1', mimeType: 'video/mp4', bytes: mp4.length });
  });

  it('the same library gives the same archive', async () => {
    const a = new Uint8Array(await (await zipOf()).arrayBuffer());
    const b = new Uint8Array(await (await zipOf()).arrayBuffer());
    expect(sha256(a)).toBe(sha256(b));
  });

  it('bytes that are not a video are refused, naming the run', async () => {
    const file = await zipOf(withVideo(), new Map([['r1', { video: new Blob([strToU8('<script>alert(1)</script>')]), mimeType: 'video/mp4' }]]));
    const result = await readImportFile(file, ctx);
    expect(result).toMatchObject({ ok: false, error: { kind: 'invalidData', problems: [{ item: 'run', index: 1, field: 'video', problem: { code: 'notVideo' } }] } });
  });

  it('a zip without a library file is not a Laqta file', async () => {
    const file = new File([zipSync({ 'readme.txt': strToU8('hello') })], 'x.zip');
    expect(await readImportFile(file, ctx)).toEqual({ ok: false, error: { kind: 'notLaqtaFile' } });
  });

  it('a file named .zip that is not a zip is not a Laqta file', async () => {
    expect(await readImportFile(new File(['{"format":"laqta-library"}'], 'x.zip'), ctx)).toEqual({ ok: false, error: { kind: 'notLaqtaFile' } });
  });

  it('a library file that inflates beyond the size limit is refused', async () => {
    const bomb = zipSync({ 'library.laqta.json': new Uint8Array(101 * 1024 * 1024) }, { level: 1 });
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await openZip(new Blob([bomb]))).toMatchObject({ ok: false, error: { kind: 'tooLarge', limit: 'unpacked', max: 100 * 1024 * 1024 } });
  }, 30_000);

  it('media named for runs that are not in the file, or with odd names, are ignored', async () => {
    const zip = zipSync({ 'library.laqta.json': strToU8(exportLibraryJson(sampleLibrary(), 0).text), 'media/video/nobody.mp4': mp4, 'media/video/../../x.mp4': mp4 });
    const result = await readImportFile(new File([zip], 'a.zip'), ctx);
    expect(result.ok && result.value.media.size).toBe(0);
  });

  it("Laqta's own zip stores media uncompressed (method 0) and only the library file deflated", async () => {
    const methods: Record<string, number> = {};
    unzipSync(new Uint8Array(await (await zipOf()).arrayBuffer()), { filter: (f) => ((methods[f.name] = f.compression), false) });
    expect(methods).toEqual({ 'library.laqta.json': 8, 'media/video/r1.mp4': 0, 'media/thumb/r1.img': 0 });
  });
});

describe('R16: a zip bomb is refused from its declared sizes, before anything is inflated', () => {
  const MB = 1024 * 1024;
  const zeros300 = deflatedZeros(300 * MB);
  const libraryText = (records = withVideo()) => exportLibraryJson(records, 0).text;

  it('R16: two deflated 300 MB media entries for runs not in the file are never inflated (the reported bomb)', async () => {
    const file = await hostileZip(exportLibraryJson(sampleLibrary(), 0).text, [
      rawEntry('media/video/nobody1.mp4', zeros300, 300 * MB, 8),
      rawEntry('media/video/nobody2.mp4', zeros300, 300 * MB, 8),
    ]);
    expect(file.size).toBeLessThan(5 * MB);
    const started = performance.now();
    const result = await readImportFile(file, ctx);
    expect(performance.now() - started).toBeLessThan(1_000);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.media.size).toBe(0);
    expect(result.value.records.prompts.length).toBe(sampleLibrary().prompts.length);
  });

  it('R16: a 300 MB video packed 150 to 1, for a run in the file, is refused as a ratio no real video has', async () => {
    const file = await hostileZip(libraryText(), [rawEntry('media/video/r1.mp4', zeros300, 300 * MB, 8)]);
    const started = performance.now();
    expect(await readImportFile(file, ctx)).toEqual({ ok: false, error: { kind: 'tooLarge', limit: 'compression', max: unzipLimits.mediaRatio } });
    expect(performance.now() - started).toBeLessThan(1_000);
  });

  it('R16: an entry that inflates past the size it declares is stopped at that size', async () => {
    const packed = deflatedZeros(64 * MB);
    // Declares twice its packed size (a plausible ratio) but holds 64 MB.
    const file = await hostileZip(libraryText(), [rawEntry('media/video/r1.mp4', packed, packed.length * 2, 8)]);
    expect(await readImportFile(file, ctx)).toMatchObject({ ok: false, error: { kind: 'tooLarge', limit: 'compression' } });
  });

  it('a stored entry whose two sizes disagree is not a Laqta file', async () => {
    const file = await hostileZip(libraryText(), [rawEntry('media/video/r1.mp4', mp4, mp4.length * 2, 0)]);
    expect(await readImportFile(file, ctx)).toEqual({ ok: false, error: { kind: 'notLaqtaFile' } });
  });

  it('R16: one video declaring more than 2 GB is refused from its header', async () => {
    const file = await hostileZip(libraryText(), [rawEntry('media/video/r1.mp4', zeros300, 2 ** 31 + 1, 8)]);
    expect(await readImportFile(file, ctx)).toEqual({ ok: false, error: { kind: 'tooLarge', limit: 'unpacked', max: unzipLimits.videoBytes } });
  });

  it('R16: media whose declared sizes add up past 4 GB is refused before any is read', async () => {
    const records = withVideo();
    const runs = ['r1', 'r2', 'r3'].map((id) => ({ ...records.runs[0]!, id }));
    const declared = runs.map((r) => rawEntry(`media/video/${r.id}.mp4`, zeros300, 1_900 * MB, 8));
    const big = await hostileZip(libraryText({ ...records, runs }), declared);
    expect(await readImportFile(big, ctx)).toEqual({ ok: false, error: { kind: 'tooLarge', limit: 'unpacked', max: unzipLimits.totalBytes } });
  });
});
