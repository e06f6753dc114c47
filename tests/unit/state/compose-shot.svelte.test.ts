import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { appStorage } from '../../../src/state/storage.svelte';
import { compose } from '../../../src/state/compose.svelte';
import { chooseShot, keepEdit, replaceEdit } from '../../../src/state/compose-shot';
import { emptyShot } from '../../../src/domain/shot';

describe('the open prompt and its composer', () => {
  beforeAll(() => appStorage.open());
  beforeEach(() => compose.startNew());

  it('a chip writes its block into the text and marks the prompt unsaved', () => {
    chooseShot({ ...emptyShot(), lighting: ['golden-hour'] });
    expect(compose.text).toBe('Lighting: golden-hour sunlight');
    expect(compose.saveState).toBe('dirty');
  });

  it('a hand edit survives a chip change elsewhere, and an edited block is held until the person chooses', () => {
    chooseShot({ ...emptyShot(), lighting: ['golden-hour'] });
    compose.setText('Lighting: golden-hour glow\n\nA fox runs.');
    chooseShot({ ...compose.shot!, movement: ['orbit'] });
    // The edited lighting line cannot be found, so the new block goes after the person's text.
    expect(compose.text).toBe('Lighting: golden-hour glow\n\nA fox runs.\n\nCamera movement: slow arc around the subject');
    chooseShot({ ...compose.shot!, lighting: ['neon'] });
    expect(compose.held).toEqual(['lighting']);
    expect(compose.text).toContain('golden-hour glow');
    keepEdit('lighting');
    expect(compose.held).toEqual([]);
    chooseShot({ ...compose.shot!, lighting: ['moonlight'] });
    replaceEdit('lighting');
    expect(compose.text).toContain('Lighting: cool blue moonlight');
    expect(compose.text).toContain('A fox runs.');
  });
});
