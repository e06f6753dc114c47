/**
 * For `npm run bench`: how long the coach takes to re-read a long prompt after one keystroke.
 * Pure (the clock is passed in), so it runs the same in Node or in the page.
 */
import { coach } from './index';

const sentences = [
  'Wide establishing shot of a rain-soaked market street at blue hour, slow push-in toward a fruit stall.',
  'A woman in a yellow raincoat picks up an orange, turns it in her hand, then smiles at the vendor.',
  'Neon signs flicker above, their magenta and teal reflections trembling in the puddles.',
  'Dialogue:\nVendor: "Fresh this morning."\nWoman: "I will take three."',
  'The camera drifts past hanging lanterns; steam rises from a noodle pot beside the stall.',
  'لقطة قريبة ليدي البائع وهو يزن البرتقال تحت ضوء مصباح دافئ.',
  'Palette: amber, wet black, teal; a quiet, tender mood, 35 mm film grain.',
];

/** A prompt of about `length` characters in the mixed style real prompts have. */
export function benchPrompt(length = 4000): string {
  let text = '';
  for (let i = 0; text.length < length; i++) text += (text ? ' ' : '') + sentences[i % sentences.length];
  return text.slice(0, length);
}

/** Times `keystrokes` single-character edits of a `length`-character prompt, each followed by a full coach pass. */
export function timeDiagnostics(now: () => number, options: { length?: number; keystrokes?: number } = {}) {
  const base = benchPrompt(options.length ?? 4000);
  const keystrokes = options.keystrokes ?? 200;
  const times: number[] = [];
  coach({ text: base, seconds: 8 });
  for (let i = 0; i < keystrokes; i++) {
    const at = Math.floor((base.length * i) / keystrokes);
    const text = base.slice(0, at) + 'x' + base.slice(at);
    const started = now();
    coach({ text, seconds: 8, maxPromptLength: 4000 });
    times.push(now() - started);
  }
  times.sort((a, b) => a - b);
  return {
    chars: base.length + 1,
    keystrokes,
    medianMs: times[Math.floor(times.length / 2)]!,
    p95Ms: times[Math.floor(times.length * 0.95)]!,
    maxMs: times[times.length - 1]!,
  };
}
