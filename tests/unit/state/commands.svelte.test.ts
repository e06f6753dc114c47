import { describe, expect, it, vi } from 'vitest';
import { CommandRegistry } from '../../../src/state/commands.svelte';

function setup(timeoutMs = 200) {
  const navigate = vi.fn();
  return { registry: new CommandRegistry({ navigate, timeoutMs }), navigate };
}

describe('CommandRegistry', () => {
  it('lists commands in registration order, a later registration replacing one with the same id', () => {
    const { registry } = setup();
    registry.register([
      { id: 'a', group: 'section', label: 'nav.compose' },
      { id: 'b', group: 'action', label: 'compose.save', section: 'compose' },
    ]);
    const run = vi.fn();
    const remove = registry.register([{ id: 'b', group: 'action', label: 'compose.save', run }]);
    expect(registry.all.map((c) => c.id)).toEqual(['a', 'b']);
    expect(registry.find('b')?.run).toBe(run);
    remove();
    expect(registry.find('b')?.run).toBeUndefined();
  });

  it('runs a command at once when it is runnable', async () => {
    const { registry, navigate } = setup();
    const run = vi.fn();
    registry.register([{ id: 'x', group: 'action', label: 'compose.save', run }]);
    expect(await registry.invoke('x')).toBe(true);
    expect(run).toHaveBeenCalledOnce();
    expect(navigate).not.toHaveBeenCalled();
  });

  it('does not run a command that is not enabled', async () => {
    const { registry } = setup();
    const run = vi.fn();
    registry.register([{ id: 'x', group: 'action', label: 'compose.save', run, enabled: () => false }]);
    expect(await registry.invoke('x')).toBe(false);
    expect(run).not.toHaveBeenCalled();
  });

  it('goes to the section of an action that lives there, and runs it once the section registered it', async () => {
    const { registry, navigate } = setup();
    registry.register([{ id: 'compose.save', group: 'action', label: 'compose.save', section: 'compose' }]);
    const run = vi.fn();
    navigate.mockImplementation(() => queueMicrotask(() => registry.register([{ id: 'compose.save', group: 'action', label: 'compose.save', run }])));
    expect(await registry.invoke('compose.save')).toBe(true);
    expect(navigate).toHaveBeenCalledWith('compose');
    expect(run).toHaveBeenCalledOnce();
  });

  it('gives up when the section never offers the action', async () => {
    const { registry } = setup(20);
    registry.register([{ id: 'compose.save', group: 'action', label: 'compose.save', section: 'compose' }]);
    expect(await registry.invoke('compose.save')).toBe(false);
    expect(await registry.invoke('missing')).toBe(false);
  });
});
