import { describe, expect, it } from 'vitest';
import { defaultParams, type GenerationParams } from '../../../src/domain/params';
import { providers as providerInfo } from '../../../src/providers/capabilities';
import { GenerateForm, type FormKeys, type FormPrompt } from '../../../src/state/generate-form.svelte';

/** The open prompt, reduced to what the form uses: its parameters and the one way to change them. */
class FakePrompt implements FormPrompt {
  params = $state.raw<GenerationParams>(defaultParams());
  editorKey = 'p1';
  writes = 0;
  setParams(params: GenerationParams): void {
    this.params = params;
    this.writes++;
  }
}

const keys = (ready: ('gemini' | 'fal' | 'openai')[], listed: { gemini?: string[]; openai?: string[] } = {}): FormKeys => ({
  keyState: { gemini: ready.includes('gemini') ? 'ready' : 'none', fal: ready.includes('fal') ? 'ready' : 'none', openai: ready.includes('openai') ? 'ready' : 'none' },
  settings: {
    gemini: { type: 'providerSettings', provider: 'gemini', baseUrl: providerInfo.gemini.defaultBaseUrl ?? '', keyMode: 'memory', ...(listed.gemini ? { models: listed.gemini } : {}) },
    fal: { type: 'providerSettings', provider: 'fal', baseUrl: providerInfo.fal.defaultBaseUrl ?? '', keyMode: 'memory' },
    openai: { type: 'providerSettings', provider: 'openai', baseUrl: providerInfo.openai.defaultBaseUrl ?? '', keyMode: 'memory', ...(listed.openai ? { models: listed.openai } : {}) },
  },
});

describe('the Generate form', () => {
  it("shows the prompt's own parameters, and every choice is written to the prompt, nowhere else", () => {
    const prompt = new FakePrompt();
    const form = new GenerateForm(prompt, keys(['gemini']));
    expect(form.params).toEqual(prompt.params);
    const seconds = form.caps.durations.find((s) => s !== prompt.params.seconds)!;
    form.set('seconds', seconds);
    expect(prompt.params.seconds).toBe(seconds);
    expect(form.params.seconds).toBe(seconds);
    expect(prompt.writes).toBe(1);
  });

  it('image inputs are written with the prompt\'s parameters, removed without a trace, and dropped for a model that takes none', () => {
    const prompt = new FakePrompt();
    const form = new GenerateForm(prompt, keys(['gemini', 'fal']));
    const first = { id: 'a'.repeat(64), mimeType: 'image/png' as const, width: 1280, height: 720, bytes: 10 };
    form.setImages({ first });
    expect(prompt.params.images).toEqual({ first });
    form.setImages(undefined);
    expect('images' in prompt.params).toBe(false);
    form.setImages({ first, last: first });
    form.setProvider('fal');
    form.pickModel('fal-ai/veo3');
    expect(prompt.params.images).toEqual({ first });
    form.pickModel('fal-ai/ltx-2/text-to-video');
    expect('images' in prompt.params).toBe(false);
  });

  it('follows the prompt when its parameters change elsewhere (another prompt opened, another tab)', () => {
    const prompt = new FakePrompt();
    const form = new GenerateForm(prompt, keys(['gemini']));
    prompt.params = { ...prompt.params, aspectRatio: '9:16' };
    expect(form.params.aspectRatio).toBe('9:16');
    expect(prompt.writes).toBe(0);
  });

  it('suggests a provider that has a key without writing it, and keeps a provider the person chose even without a key', () => {
    const prompt = new FakePrompt();
    const form = new GenerateForm(prompt, keys(['fal']));
    expect(prompt.params.provider).toBe('gemini');
    expect(form.provider).toBe('fal');
    expect(prompt.writes).toBe(0);
    form.setProvider('openai');
    expect(form.provider).toBe('openai');
    expect(prompt.params.provider).toBe('openai');
  });

  it('a model of another kind moves the values onto ones it accepts; "other model id" is remembered for this prompt only', () => {
    const prompt = new FakePrompt();
    const form = new GenerateForm(prompt, keys(['gemini'], { gemini: ['gemini-omni-1.1-flash', 'veo-3.1-lite-generate-preview'] }));
    expect(form.customModel).toBe(false);
    form.chooseCustomModel();
    expect(form.customModel).toBe(true);
    form.setModel('my-own-model');
    expect(prompt.params.model).toBe('my-own-model');
    prompt.editorKey = 'p2';
    prompt.params = defaultParams();
    expect(form.customModel).toBe(false);
    const other = form.models.find((m) => m !== form.params.model)!;
    form.pickModel(other);
    expect(form.caps.durations).toContain(form.params.seconds);
    expect(form.caps.aspectRatios).toContain(form.params.aspectRatio);
  });

  it("offers the provider's own list once fetched; before that, only what Laqta knows (a gateway: nothing)", () => {
    const prompt = new FakePrompt();
    expect(new GenerateForm(prompt, keys(['gemini'])).models).toEqual(['gemini-omni-1.1-flash']);
    const form = new GenerateForm(prompt, keys(['openai'], { openai: ['google/veo-3.1-fast', 'minimax/h3'] }));
    form.setProvider('openai');
    expect(form.models).toEqual(['google/veo-3.1-fast', 'minimax/h3']);
    expect(prompt.params.model).toBe('google/veo-3.1-fast');
    expect(form.caps.freeOptions).toBe(true);
    const fresh = new GenerateForm(new FakePrompt(), keys(['openai']));
    fresh.setProvider('openai');
    expect(fresh.models).toEqual([]);
    expect(fresh.customModel).toBe(true);
  });
});

