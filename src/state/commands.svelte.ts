import { untrack } from 'svelte';
import type { MessageKey } from '../i18n/catalog';
import type { SectionId } from '../app/router.svelte';

/** A name from the catalogue, or a name given in both languages by data (a lesson, a glossary term). */
export type CommandLabel = MessageKey | { en: string; ar: string };

export type CommandGroup = 'section' | 'action' | 'setting' | 'lesson' | 'term';

export interface Command {
  /** Unique; a later registration with the same id replaces the earlier one while it lasts. */
  id: string;
  group: CommandGroup;
  label: CommandLabel;
  /** Shown beside the name, e.g. "Ctrl+S". */
  shortcut?: string;
  /**
   * The section where the action lives. A command with a section but no `run` is a promise that
   * the section registers the runnable one when it opens: invoked from elsewhere, the registry
   * goes there first, then runs it.
   */
  section?: SectionId;
  /** A short live detail shown with the name (the cost of a run, say). */
  detail?: () => string;
  /** False while the action cannot be taken (the palette shows it dimmed). */
  enabled?: () => boolean;
  run?: () => unknown;
}

export interface CommandRegistryDeps {
  navigate(section: SectionId): void;
  /** How long to wait for a section to register its command after going there. */
  timeoutMs?: number;
  /** Resolves once a section that just opened has settled (it may re-render once as its address is completed). */
  settle?: () => Promise<void>;
}

/**
 * Every action and place the command palette reaches, as plain data. Features add their
 * commands with `register` (for the app's life, or while a component is mounted: call the
 * returned function to remove them).
 */
export class CommandRegistry {
  #layers = $state.raw<readonly (readonly Command[])[]>([]);
  #deps: CommandRegistryDeps;
  #waiters = new Map<string, Set<(command: Command) => void>>();
  /** How many times each runnable command was registered, to tell when a section stopped re-rendering. */
  #registrations = new Map<string, number>();

  constructor(deps: CommandRegistryDeps) {
    this.#deps = deps;
  }

  /** Adds commands; returns the function that removes exactly these again. */
  register(commands: readonly Command[]): () => void {
    const layer = [...commands];
    // Untracked: registering from an effect must not make that effect depend on the registry.
    this.#layers = [...untrack(() => this.#layers), layer];
    for (const command of layer) {
      if (!command.run) continue;
      this.#registrations.set(command.id, (this.#registrations.get(command.id) ?? 0) + 1);
      const waiting = this.#waiters.get(command.id);
      this.#waiters.delete(command.id);
      waiting?.forEach((resolve) => resolve(command));
    }
    return () => {
      this.#layers = untrack(() => this.#layers).filter((l) => l !== layer);
    };
  }

  /** All commands in registration order; where ids repeat, the latest registration wins. */
  get all(): Command[] {
    const byId = new Map<string, Command>();
    for (const layer of this.#layers) for (const command of layer) byId.set(command.id, command);
    return [...byId.values()];
  }

  find(id: string): Command | undefined {
    return this.all.find((c) => c.id === id);
  }

  /** Runs a command (going to its section first when needed). Resolves to whether it ran. */
  async invoke(id: string): Promise<boolean> {
    const command = this.find(id);
    if (!command || (command.enabled && !command.enabled())) return false;
    if (command.run) {
      await command.run();
      return true;
    }
    if (!command.section) return false;
    const registered = this.#whenRunnable(id);
    this.#deps.navigate(command.section);
    if (!(await registered)) return false;
    // A section may mount twice as its address is completed: run the registration that stays.
    let seen: number | undefined;
    while (seen !== this.#registrations.get(id)) {
      seen = this.#registrations.get(id);
      await (this.#deps.settle?.() ?? Promise.resolve());
    }
    const live = this.find(id);
    if (!live?.run || (live.enabled && !live.enabled())) return false;
    await live.run();
    return true;
  }

  #whenRunnable(id: string): Promise<Command | undefined> {
    return new Promise((resolve) => {
      const waiting = this.#waiters.get(id) ?? new Set();
      const done = (command: Command | undefined) => {
        clearTimeout(timer);
        waiting.delete(done);
        resolve(command);
      };
      const timer = setTimeout(() => done(undefined), this.#deps.timeoutMs ?? 5000);
      waiting.add(done);
      this.#waiters.set(id, waiting);
    });
  }
}
