import type { Component } from 'svelte';
import PenLine from '@lucide/svelte/icons/pen-line';
import Library from '@lucide/svelte/icons/library';
import Columns2 from '@lucide/svelte/icons/columns-2';
import Clapperboard from '@lucide/svelte/icons/clapperboard';
import GraduationCap from '@lucide/svelte/icons/graduation-cap';
import Settings from '@lucide/svelte/icons/settings';
import BookOpen from '@lucide/svelte/icons/book-open';
import type { SectionId } from './router.svelte';

/** The pictogram beside each section's name (the bottom tab bar leans on it); a new section gets a book until it has its own. */
const icons: Partial<Record<SectionId, Component>> = {
  compose: PenLine,
  library: Library,
  compare: Columns2,
  runs: Clapperboard,
  learn: GraduationCap,
  settings: Settings,
};

export function sectionIcon(id: SectionId): Component {
  return icons[id] ?? BookOpen;
}
