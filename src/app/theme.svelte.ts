export type ThemeChoice = 'light' | 'dark' | 'system';
const storageKey = 'laqta.theme';

function initialTheme(): ThemeChoice {
  try {
    const saved = localStorage.getItem(storageKey);
    if (saved === 'light' || saved === 'dark' || saved === 'system') return saved;
  } catch {
    // storage blocked
  }
  return 'system';
}

/** Light, dark, or follow the system; remembered on this device. */
class Theme {
  #choice = $state<ThemeChoice>(initialTheme());
  #systemDark = $state(typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches);

  constructor() {
    if (typeof matchMedia === 'function')
      matchMedia('(prefers-color-scheme: dark)').addEventListener('change', (e) => (this.#systemDark = e.matches));
  }

  /** The theme in force: the choice, or the system's when the choice is "system". */
  get effective(): 'light' | 'dark' {
    return this.#choice === 'system' ? (this.#systemDark ? 'dark' : 'light') : this.#choice;
  }

  get choice(): ThemeChoice {
    return this.#choice;
  }

  set choice(next: ThemeChoice) {
    this.#choice = next;
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // lasts for this tab only
    }
  }
}

export const theme = new Theme();
