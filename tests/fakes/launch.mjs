// @ts-check
/** Starts the three fake providers for an e2e run: `node tests/fakes/launch.mjs <openai> <gemini> <fal>`. */
import { startOpenAIFake } from './openai.mjs';
import { startGeminiFake } from './gemini.mjs';
import { startFalFake } from './fal.mjs';

const [openai, gemini, fal] = process.argv.slice(2).map(Number);
if (!openai || !gemini || !fal) throw new Error('usage: launch.mjs <openai port> <gemini port> <fal port>');
const servers = [startOpenAIFake(openai), startGeminiFake(gemini), startFalFake(fal)];
const stop = () => {
  for (const s of servers) s.close();
  process.exit(0);
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
