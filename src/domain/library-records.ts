import type { Prompt, PromptVersion } from './prompt';
import type { Run } from './run';

/** Every record kind a library file carries, grouped by kind (as stored, or as read from a file). */
export interface LibraryRecords {
  prompts: Prompt[];
  versions: PromptVersion[];
  templates: { id: string }[];
  collections: { id: string }[];
  comparisons: { id: string }[];
  runs: Run[];
}
