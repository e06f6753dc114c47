import { describe, expect, it, vi } from 'vitest';
import { AppUpdate, type ServiceWorkerEvents } from '../../../src/state/app-update.svelte';

function setup(unsaved = false) {
  let events: ServiceWorkerEvents | undefined;
  const activate = vi.fn(async () => undefined);
  const reload = vi.fn();
  const work = { unsaved };
  const update = new AppUpdate({
    register: (e) => {
      events = e;
      return activate;
    },
    hasUnsavedWork: () => work.unsaved,
    reload,
  });
  update.start();
  return { update, events: events!, activate, reload, work };
}

describe('AppUpdate', () => {
  it('offers nothing until a new version waits', () => {
    const { update } = setup();
    expect(update.status).toBe('current');
  });

  it('offers a waiting version and applies it only on the click, then reloads once it took control', async () => {
    const { update, events, activate, reload } = setup();
    events.onNeedRefresh();
    expect(update.status).toBe('available');
    expect(activate).not.toHaveBeenCalled();
    expect(await update.apply()).toBe(true);
    expect(activate).toHaveBeenCalledOnce();
    expect(reload).not.toHaveBeenCalled();
    events.onNeedReload();
    expect(reload).toHaveBeenCalledOnce();
  });

  it('refuses the click while the tab holds unsaved work, and says why', async () => {
    const { update, events, activate, work } = setup(true);
    events.onNeedRefresh();
    expect(await update.apply()).toBe(false);
    expect(update.heldForSave).toBe(true);
    expect(activate).not.toHaveBeenCalled();
    work.unsaved = false;
    expect(await update.apply()).toBe(true);
    expect(update.heldForSave).toBe(false);
    expect(activate).toHaveBeenCalledOnce();
  });

  it('never reloads a tab when the update was applied in another tab; it offers a reload instead', async () => {
    const { update, events, reload, work } = setup(true);
    events.onNeedRefresh();
    events.onNeedReload();
    expect(reload).not.toHaveBeenCalled();
    expect(update.status).toBe('reloadWhenSaved');
    expect(await update.apply()).toBe(false);
    work.unsaved = false;
    expect(await update.apply()).toBe(true);
    expect(reload).toHaveBeenCalledOnce();
  });

  it('does not reload when work became unsaved between the click and the take-over', async () => {
    const { update, events, reload, work } = setup();
    events.onNeedRefresh();
    await update.apply();
    work.unsaved = true;
    events.onNeedReload();
    expect(reload).not.toHaveBeenCalled();
    expect(update.status).toBe('reloadWhenSaved');
  });

  it('"Later" hides the offer; the offline-ready notice is acknowledged once', () => {
    const { update, events } = setup();
    events.onNeedRefresh();
    update.dismiss();
    expect(update.status).toBe('current');
    events.onOfflineReady();
    expect(update.offlineReady).toBe(true);
    update.acknowledgeOffline();
    expect(update.offlineReady).toBe(false);
  });
});
