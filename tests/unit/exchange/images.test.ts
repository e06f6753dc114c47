// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { zipSync, unzipSync, strToU8 } from 'fflate';
import { exportLibraryJson } from '../../../src/exchange/json';
import { readImportFile } from '../../../src/exchange/read';
import { buildZip } from '../../../src/exchange/zip';
import { planImport, resolveImport } from '../../../src/exchange/plan';
import { imageIdsOf } from '../../../src/exchange/image-records';
import { emptyRecords, type LibraryRecords } from '../../../src/exchange/records';
import { readExportable, writeImport } from '../../../src/storage/exchange';
import { getImage, getImages, putImage } from '../../../src/storage/images';
import type { ImageRef } from '../../../src/domain/image-inputs';
import { defaultParams } from '../../../src/domain/params';
import { dump, fixtureBytes, freshStores, prompt, run, sha256, versionOf } from './helpers';

const webp = fixtureBytes('media/thumb.webp');
const ctx = { now: 0, newId: () => 'lq1copy00000' };

/** A library whose prompt, version and run all name one stored first frame, and the zip of it. */
async function exported() {
  const stores = await freshStores();
  const ref = await putImage(stores.media, new Blob([webp]), { width: 320, height: 180 });
  const params = { ...defaultParams(), images: { first: ref } };
  const p = prompt('lq1prompt000', { params });
  const records: LibraryRecords = { ...emptyRecords(), prompts: [p], versions: [versionOf(p)], runs: [run('lq1run000001', p.id, { params })] };
  const images = await getImages(stores.media, imageIdsOf(records));
  const zip = await buildZip(exportLibraryJson(records, 0).text, new Map(), 0, images);
  return { ref, records, zip: new File([zip], 'library.zip', { type: 'application/zip' }) };
}

async function importZip(file: File) {
  const stores = await freshStores();
  const read = await readImportFile(file, ctx);
  if (!read.ok) return { stores, read };
  const plan = planImport(read.value.records, read.value.media, await readExportable(stores.library), read.value.images);
  await writeImport(stores.library, stores.media, resolveImport(plan, new Map(), { ...ctx, replaceNote: '' }));
  return { stores, read };
}

/** The zip's files, changed by `edit`, zipped again. */
async function rezip(file: File, edit: (files: Record<string, Uint8Array>) => void): Promise<File> {
  const files = unzipSync(new Uint8Array(await file.arrayBuffer()));
  edit(files);
  return new File([zipSync(files, { level: 0 })], 'library.zip', { type: 'application/zip' });
}

describe('image inputs in a .zip', () => {
  it('travel as a file beside the JSON, named by their hash; the JSON holds only the reference', async () => {
    const { ref, zip } = await exported();
    const files = unzipSync(new Uint8Array(await zip.arrayBuffer()));
    expect(Object.keys(files)).toEqual(['library.laqta.json', `media/image/${ref.id}.webp`]);
    expect(sha256(files[`media/image/${ref.id}.webp`] as Uint8Array)).toBe(sha256(webp));
    const json = new TextDecoder().decode(files['library.laqta.json']);
    expect(json).toContain(ref.id);
    expect(json.length).toBeLessThan(webp.length);
  });

  it('come back on import: the prompt, its version and its run name the image, and its bytes are stored', async () => {
    const { ref, zip } = await exported();
    const { stores, read } = await importZip(zip);
    expect(read.ok).toBe(true);
    const back = await readExportable(stores.library);
    for (const params of [back.prompts[0]?.params, back.versions[0]?.params, back.runs[0]?.params]) expect(params?.images?.first).toEqual(ref);
    const stored = await getImage(stores.media, ref.id);
    expect(stored?.type).toBe('image/webp');
    expect(sha256(new Uint8Array(await (stored as Blob).arrayBuffer()))).toBe(sha256(webp));
  });

  it('sizes and type are read from the bytes, not trusted from the file', async () => {
    const { ref, zip } = await exported();
    const lying = await rezip(zip, (files) => {
      const json = new TextDecoder().decode(files['library.laqta.json']).replaceAll('"width":320', '"width":9000').replaceAll('"image/webp"', '"image/png"');
      files['library.laqta.json'] = strToU8(json);
    });
    const read = await readImportFile(lying, ctx);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.records.prompts[0]?.params.images?.first).toEqual<ImageRef>({ ...ref, width: 320, mimeType: 'image/webp' });
  });

  it('an image whose bytes are not its hash, or not an image, refuses the whole file and writes nothing', async () => {
    const { ref, zip } = await exported();
    const name = `media/image/${ref.id}.webp`;
    for (const bad of [strToU8('<svg onload="alert(1)"></svg>'), new Uint8Array([...webp.slice(0, -1), (webp.at(-1) ?? 0) ^ 0xff])]) {
      const file = await rezip(zip, (files) => void (files[name] = bad));
      const { stores, read } = await importZip(file);
      expect(read.ok).toBe(false);
      if (!read.ok) expect(read.error).toMatchObject({ kind: 'invalidData', problems: expect.arrayContaining([{ item: 'prompt', index: 1, field: 'params.images', problem: { code: 'notImage' } }]) });
      expect(await dump(stores.media)).toBe('[]');
      expect((await readExportable(stores.library)).prompts).toEqual([]);
    }
  });

  it('an image id that is not a hash is refused, so a file cannot name a path', async () => {
    const { ref, zip } = await exported();
    const hostile = await rezip(zip, (files) => {
      files['library.laqta.json'] = strToU8(new TextDecoder().decode(files['library.laqta.json']).replaceAll(ref.id, '../../thumb/r1'));
    });
    const read = await readImportFile(hostile, ctx);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.error).toMatchObject({ kind: 'invalidData', problems: expect.arrayContaining([expect.objectContaining({ item: 'prompt', field: 'params.images.first.id' })]) });
  });

  it('a reference without its file (a .laqta.json) is kept: the same picture may already be stored here', async () => {
    const { ref, records } = await exported();
    const file = new File([exportLibraryJson(records, 0).text], 'library.laqta.json', { type: 'application/json' });
    const read = await readImportFile(file, ctx);
    if (!read.ok) throw new Error(JSON.stringify(read.error));
    expect(read.value.records.prompts[0]?.params.images).toEqual({ first: ref });
    expect(read.value.images.size).toBe(0);
  });
});
