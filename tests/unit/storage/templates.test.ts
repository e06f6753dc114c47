import { beforeEach, describe, expect, it } from 'vitest';
import type { UserTemplate } from '../../../src/domain/template';
import { deleteTemplate, listTemplates, saveTemplate } from '../../../src/storage/templates';
import { listPrompts } from '../../../src/storage/prompts';
import type { UseStore } from '../../../src/storage/db';
import { freshLibraryStore } from './helpers';

const sample = (id: string, name: string): UserTemplate => ({ id, name, text: 'Lighting: {{lighting}}', whenToUse: '', createdAt: 1, updatedAt: 1 });

describe('user templates', () => {
  let store: UseStore;
  beforeEach(async () => {
    ({ store } = await freshLibraryStore());
  });

  it('a saved template is listed, and is not mistaken for a prompt', async () => {
    await saveTemplate(store, sample('a', 'Night market'));
    expect((await listTemplates(store)).map((t) => t.name)).toEqual(['Night market']);
    expect(await listPrompts(store)).toEqual([]);
  });

  it('a deleted template is gone and the others stay', async () => {
    await saveTemplate(store, sample('a', 'One'));
    await saveTemplate(store, sample('b', 'Two'));
    await deleteTemplate(store, 'a');
    expect((await listTemplates(store)).map((t) => t.id)).toEqual(['b']);
  });
});
