import { recordKey } from '../storage/db';
import * as store from '../storage/templates';
import type { UserTemplate } from '../domain/template';
import { newId } from './ids';
import { appStorage, type AppStorage } from './storage.svelte';

export type { UserTemplate };

/** The person's own templates (the built-in ones are data in domain/starter-templates). */
export class Templates {
  #user = $state.raw<UserTemplate[]>([]);
  readonly #storage: AppStorage;
  #loading: Promise<void> | undefined;

  constructor(storage: AppStorage) {
    this.#storage = storage;
  }

  get user(): UserTemplate[] {
    return this.#user;
  }

  /** Loads once and follows saves made in other tabs. */
  load(): Promise<void> {
    this.#loading ??= (async () => {
      await this.#storage.open();
      // A template saved in another tab (also during the first read) triggers a read of them all.
      await this.#storage.follow('template', () => this.#reload(), () => this.#reload());
    })();
    return this.#loading;
  }

  /** Saves a new template; resolves after the write completed. */
  async create(name: string, text: string, whenToUse: string): Promise<UserTemplate> {
    const now = Date.now();
    const template: UserTemplate = { id: newId(now), name: name.trim(), text, whenToUse: whenToUse.trim(), createdAt: now, updatedAt: now };
    await this.#write(template);
    return template;
  }

  /** Changes a saved template's name, text or note; resolves after the write completed. */
  async update(id: string, changes: Pick<UserTemplate, 'name' | 'text' | 'whenToUse'>): Promise<UserTemplate> {
    const current = this.#user.find((t) => t.id === id);
    if (!current) throw new Error('template not found');
    const next: UserTemplate = { ...current, name: changes.name.trim(), text: changes.text, whenToUse: changes.whenToUse.trim(), updatedAt: Date.now() };
    await this.#write(next);
    return next;
  }

  /** Puts back a template that was just deleted (undo), as it was. */
  async restore(template: UserTemplate): Promise<void> {
    await this.#write(template);
  }

  async #write(template: UserTemplate): Promise<void> {
    await store.saveTemplate(this.#storage.library, template);
    this.#user = [template, ...this.#user.filter((t) => t.id !== template.id)].sort((a, b) => b.updatedAt - a.updatedAt);
    this.#storage.publish([recordKey.template(template.id)]);
  }

  async remove(id: string): Promise<void> {
    await store.deleteTemplate(this.#storage.library, id);
    this.#user = this.#user.filter((t) => t.id !== id);
    this.#storage.publish([recordKey.template(id)]);
  }

  async #reload(): Promise<void> {
    const all = await store.listTemplates(this.#storage.library);
    this.#user = all.sort((a, b) => b.updatedAt - a.updatedAt);
  }
}

export const templates = new Templates(appStorage);
