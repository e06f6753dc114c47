/// <reference types="node" />
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { IDBFactory } from 'fake-indexeddb';
import { createStoreIn, ensureSchema, request, transact, type UseStore } from '../../../src/storage/db';
import { readExportable } from '../../../src/storage/exchange';
import { exportLibraryJson } from '../../../src/exchange/json';
import { defaultParams } from '../../../src/domain/params';
import type { Prompt, PromptVersion } from '../../../src/domain/prompt';
import type { Run } from '../../../src/domain/run';
import type { Comparison } from '../../../src/domain/comparison';
import type { UserTemplate } from '../../../src/domain/template';
import type { LibraryRecords } from '../../../src/exchange/records';

export const fixture = (path: string) => new URL(`../../fixtures/${path}`, import.meta.url);
export const fixtureText = (path: string) => readFileSync(fixture(path), 'utf8');
export const fixtureBytes = (path: string) => new Uint8Array(readFileSync(fixture(path)));

/** A library store and a media store on one fresh in-memory IndexedDB. */
export async function freshStores(): Promise<{ library: UseStore; media: UseStore }> {
  const factory = new IDBFactory() as unknown as globalThis.IDBFactory;
  const library = createStoreIn(factory, 'laqta-library', 'records');
  await ensureSchema(library);
  return { library, media: createStoreIn(factory, 'laqta-media', 'blobs') };
}

/** Puts raw records straight into a store (test setup, not an import). */
export async function seed(store: UseStore, entries: Record<string, unknown>): Promise<void> {
  await transact(store, 'readwrite', (os) => {
    for (const [key, value] of Object.entries(entries)) os.put(value, key);
  });
}

/** Every key and value in a store, as JSON (Blobs by size), sorted by key. */
export async function dump(store: UseStore): Promise<string> {
  return transact(store, 'readwrite', async (os) => {
    const keys = (await request(os.getAllKeys())) as string[];
    const values = (await request(os.getAll())) as unknown[];
    return JSON.stringify(keys.map((k, i) => [k, values[i] instanceof Blob ? `blob:${(values[i] as Blob).size}` : values[i]]));
  });
}

/**
 * The library hash: SHA-256 of a canonical export of the whole library, plus every raw record
 * (settings, vault and meta included), so any change anywhere shows.
 */
export async function libraryHash(store: UseStore): Promise<string> {
  const canonical = exportLibraryJson(await readExportable(store), 0).text;
  return createHash('sha256').update(canonical).update(await dump(store)).digest('hex');
}

export const sha256 = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');

export function prompt(id: string, fields: Partial<Prompt> = {}): Prompt {
  return { id, title: `Prompt ${id}`, text: `A slow dolly-in on ${id}.`, params: defaultParams(), tags: [], favorite: false, createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, rev: 1, ...fields };
}

export function versionOf(p: Prompt, rev = p.rev): PromptVersion {
  return { promptId: p.id, rev, title: p.title, text: p.text, params: p.params, savedAt: p.updatedAt };
}

export function run(id: string, promptId: string, fields: Partial<Run> = {}): Run {
  return { id, promptId, rev: 1, text: 'A slow dolly-in.', provider: 'gemini', model: 'previz-1', params: defaultParams(), status: 'succeeded', createdAt: 1_700_000_100_000, ...fields };
}

export function template(id: string, fields: Partial<UserTemplate> = {}): UserTemplate {
  return { id, name: `Template ${id}`, text: 'Wide shot of {{city}} at dusk.', whenToUse: '', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000, ...fields };
}

export function comparison(id: string, promptId: string, fields: Partial<Comparison> = {}): Comparison {
  return { id, columns: [{ promptId, rev: 1 }, { promptId, rev: 2 }], results: [], notes: '', createdAt: 1_700_000_200_000, updatedAt: 1_700_000_200_000, rev: 1, ...fields };
}

/** A small library with every record kind, Arabic and emoji included. */
export function sampleLibrary(): LibraryRecords {
  const dunes = prompt('lq1dunes0000', {
    title: 'Dune walker',
    text: 'Cinematic 35mm film. A lone walker crosses the dunes at golden hour; slow dolly-in, warm rim light.',
    tags: ['desert', 'golden hour'],
    favorite: true,
    rev: 2,
    updatedAt: 1_700_000_500_000,
  });
  const riyadh = prompt('lq1riyadh000', {
    title: 'الرياض عند الغروب 🌇',
    text: 'لقطة واسعة لمدينة الرياض عند الغروب، حركة كاميرا بطيئة بطائرة مسيّرة، إضاءة الساعة الذهبية.',
    tags: ['مدينة', 'drone'],
    collection: 'lq1coll00000',
    templateId: 'lq1tmpl00000',
    slotValues: { city: 'الرياض' },
  });
  return {
    prompts: [dunes, riyadh],
    versions: [versionOf({ ...dunes, text: 'A lone walker crosses the dunes.' }, 1), versionOf(dunes), versionOf(riyadh)],
    templates: [{ id: 'lq1tmpl00000', name: 'City at dusk', text: 'Wide shot of {{city}} at dusk.', whenToUse: 'Establishing shots of a city', createdAt: 1_700_000_000_000, updatedAt: 1_700_000_000_000 }],
    collections: [{ id: 'lq1coll00000', name: 'Cities', createdAt: 1_700_000_000_000 }],
    comparisons: [
      {
        id: 'lq1cmp000000',
        columns: [
          { promptId: dunes.id, rev: 2, runId: 'lq1run000001' },
          { promptId: dunes.id, rev: 2, runId: 'lq1run000002' },
        ],
        results: [{ runId: 'lq1run000001', promptId: dunes.id, rating: 4, tags: ['good motion', 'حركة ناعمة'], note: 'Warm light; the walker drifts at 0:05.' }],
        winner: { promptId: dunes.id, rev: 2, runId: 'lq1run000001' },
        notes: 'Dunes: two models',
        createdAt: 1_700_000_200_000,
        updatedAt: 1_700_000_300_000,
        rev: 3,
      },
    ],
    runs: [
      run('lq1run000001', dunes.id, { rev: 2, text: dunes.text, rating: 4, notes: 'Good light.\nWalker drifts at 0:05.', finishedAt: 1_700_000_160_000 }),
      run('lq1run000002', dunes.id, { rev: 2, text: dunes.text, model: 'previz-2', status: 'failed', error: { kind: 'policy', raw: 'refused' } }),
    ],
  };
}
