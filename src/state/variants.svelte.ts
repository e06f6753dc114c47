import { SvelteSet } from 'svelte/reactivity';
import { arrangeVariants, type VariantLayout } from '../domain/variants';
import { library, type Library } from './library.svelte';

/** Which variant groups are open in the library, and the library list arranged by group. */
export class VariantGroups {
  readonly #library: Library;
  readonly #expanded = new SvelteSet<string>();
  readonly layout: VariantLayout;

  constructor(library: Library) {
    this.#library = library;
    this.layout = $derived(arrangeVariants(this.#library.visible, this.#expanded));
  }

  isOpen(id: string): boolean {
    return this.#expanded.has(id);
  }

  get rows() {
    return this.layout.rows;
  }

  countOf(id: string): number {
    return this.layout.counts.get(id) ?? 0;
  }

  toggle(id: string): void {
    if (this.#expanded.has(id)) this.#expanded.delete(id);
    else this.#expanded.add(id);
  }

  /** Opens a parent's group (after its variants were just created). */
  expand(id: string): void {
    this.#expanded.add(id);
  }
}

export const variantGroups = new VariantGroups(library);
