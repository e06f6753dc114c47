// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zipSync, strToU8 } from 'fflate';
import { exportLibraryJson } from '../../../src/exchange/json';
import { readImportFile } from '../../../src/exchange/read';
import { buildZip, readZip, type RunMediaBlobs } from '../../../src/exchange/zip';
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
    expect(await readZip(new Blob([bomb]))).toMatchObject({ ok: false, error: { kind: 'tooLarge', limit: 'fileSize' } });
  }, 30_000);

  it('media named for runs that are not in the file, or with odd names, are ignored', async () => {
    const zip = zipSync({ 'library.laqta.json': strToU8(exportLibraryJson(sampleLibrary(), 0).text), 'media/video/nobody.mp4': mp4, 'media/video/../../x.mp4': mp4 });
    const result = await readImportFile(new File([zip], 'a.zip'), ctx);
    expect(result.ok && result.value.media.size).toBe(0);
  });
});
