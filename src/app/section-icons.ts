import { BookOpen, Clapperboard, Columns2, GraduationCap, Library, PenLine, Settings, type IconNode } from 'lucide';
import type { SectionId } from './router.svelte';

/** The pictogram beside each section's name (the bottom tab bar leans on it); a new section gets a book until it has its own. */
const icons: Partial<Record<SectionId, IconNode>> = {
  compose: PenLine,
  library: Library,
  compare: Columns2,
  runs: Clapperboard,
  learn: GraduationCap,
  settings: Settings,
};

export function sectionIcon(id: SectionId): IconNode {
  return icons[id] ?? BookOpen;
}
