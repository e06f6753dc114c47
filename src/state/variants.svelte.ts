import { SvelteSet } from 'svelte/reactivity';
import { arrangeVariants, type VariantLayout } from '../domain/variants';
import { library } from './library.svelte';

/** Which variant groups are open in the library, and the library list arranged by group. */
class VariantGroups {
  expanded = new SvelteSet<string>();
  readonly layout: VariantLayout = $derived(arrangeVariants(library.visible, this.expanded));

  get rows() {
    return this.layout.rows;
  }

  countOf(id: string): number {
    return this.layout.counts.get(id) ?? 0;
  }

  toggle(id: string): void {
    if (this.expanded.has(id)) this.expanded.delete(id);
    else this.expanded.add(id);
  }

  /** Opens a parent's group (after its variants were just created). */
  expand(id: string): void {
    this.expanded.add(id);
  }
}

export const variantGroups = new VariantGroups();
