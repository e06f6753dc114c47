import { afterEach, describe, expect, it } from 'vitest';
import { i18n } from '../../../src/i18n/i18n.svelte';
import type { ParamProblem, ProblemKey } from '../../../src/domain/params';
import { problemText } from '../../../src/ui/generate/problem-text';

/** Every (field, reason) pair that can occur; the compiler refuses a missing or an impossible one. */
const everyPair = {
  'model.invalidId': true,
  'model.retired': true,
  'seconds.outOfRange': true,
  'size.invalid': true,
  'text.empty': true,
  'text.tooLong': true,
  'provider.unsupported': true,
  'seconds.unsupported': true,
  'aspectRatio.unsupported': true,
  'resolution.unsupported': true,
  'resolution.needsSeconds': true,
  'negativePrompt.notOffered': true,
  'audio.notOffered': true,
  'rawInput.invalidJson': true,
  'images.notOffered': true,
  'images.tooMany': true,
  'images.notWithFrames': true,
  'images.wrongSize': true,
  'images.needsFirst': true,
} satisfies Record<ProblemKey, true>;

const problems = Object.keys(everyPair).map((key) => {
  const [field, reason] = key.split('.');
  return { field, reason, value: 'V@LUE', allowed: ['a1', 'b2'] } as ParamProblem;
});

afterEach(() => i18n.use('en'));

describe('why a run cannot be sent', () => {
  it('every field and reason reads as a sentence in English and Arabic, with the value and what is allowed', async () => {
    for (const locale of ['en', 'ar'] as const) {
      await i18n.use(locale);
      for (const p of problems) {
        const sentence = problemText(p);
        expect(sentence, `${locale} ${p.field}.${p.reason}`).not.toMatch(/\{\w+\}|generate\.problem/);
        const listsAllowed = !['empty', 'invalidJson', 'notOffered', 'invalidId', 'notWithFrames', 'needsFirst', 'retired', 'outOfRange', 'invalid'].includes(p.reason);
        if (listsAllowed) expect(sentence).toContain('a1, b2');
      }
    }
  });

  it('an image problem names the slot in the interface language', async () => {
    expect(problemText({ field: 'images', reason: 'notOffered', value: 'last', allowed: [] })).toContain('last frame');
    await i18n.use('ar');
    expect(problemText({ field: 'images', reason: 'notOffered', value: 'last', allowed: [] })).toContain('الإطار الأخير');
  });

  it('a provider Laqta does not know is named, not a crash', () => {
    expect(problemText({ field: 'provider', reason: 'unsupported', value: 'acme', allowed: ['gemini', 'fal'] })).toBe('Laqta has no provider called acme; choose gemini, fal.');
  });
});
