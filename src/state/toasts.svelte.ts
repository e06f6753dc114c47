export interface ToastAction {
  label: string;
  run: () => void;
}

export interface Toast {
  id: number;
  message: string;
  tone: 'info' | 'success' | 'error';
  action?: ToastAction;
  details?: string;
}

/** Short notices at the edge of the screen (saved, deleted with undo, errors with details). */
export class Toasts {
  #items = $state<Toast[]>([]);
  #next = 1;
  #timers = new Map<number, ReturnType<typeof setTimeout>>();

  /** The notices on screen, oldest first. */
  get items(): Toast[] {
    return this.#items;
  }

  show(toast: Omit<Toast, 'id'>, timeoutMs = toast.tone === 'error' ? 0 : 6000): number {
    const id = this.#next++;
    this.#items = [...this.#items, { ...toast, id }];
    if (timeoutMs > 0) this.#timers.set(id, setTimeout(() => this.dismiss(id), timeoutMs));
    return id;
  }

  dismiss(id: number): void {
    clearTimeout(this.#timers.get(id));
    this.#timers.delete(id);
    this.#items = this.#items.filter((t) => t.id !== id);
  }
}

export const toasts = new Toasts();
