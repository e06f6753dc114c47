import { assertSchemaCurrent, prefixRange, recordKey, request, transact, type UseStore } from './db';

/** A template a person saved from one of their prompts (one record per key). */
export interface UserTemplate {
  id: string;
  name: string;
  text: string;
  whenToUse: string;
  createdAt: number;
  updatedAt: number;
}

/** Every saved template, in key order. */
export async function listTemplates(store: UseStore): Promise<UserTemplate[]> {
  return transact(store, 'readonly', (os) => request(os.getAll(prefixRange('template'))) as Promise<UserTemplate[]>);
}

/** Writes one template; resolves after the transaction completed. */
export async function saveTemplate(store: UseStore, template: UserTemplate): Promise<void> {
  await transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    os.put(template, recordKey.template(template.id));
  });
}

export async function deleteTemplate(store: UseStore, id: string): Promise<void> {
  await transact(store, 'readwrite', async (os) => {
    await assertSchemaCurrent(os);
    os.delete(recordKey.template(id));
  });
}
