import type { UserTemplate } from '../domain/template';
import { assertSchemaCurrent, prefixRange, recordKey, request, transact, type UseStore } from './db';

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
