import { commands } from '../../app/commands';
import type { Command } from '../../state/commands.svelte';

/** Registers a component's commands while it is mounted (call during component init). */
export function useCommands(list: () => Command[]): void {
  $effect(() => commands.register(list()));
}
