import type { Prompt } from '../domain/prompt';
import { storyboardShotList } from '../exchange/shot-list';
import { shotListLabels } from './exchange.svelte';

/** One storyboard's shot list (Markdown) in the interface language, for the "Shot list" buttons. */
export function shotListOf(prompt: Pick<Prompt, 'title' | 'text' | 'storyboard'>): string {
  return storyboardShotList(prompt as Prompt, shotListLabels());
}
