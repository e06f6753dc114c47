// Previz: render and encode a 4 s 720p clip with the local preview engine. Until that engine is
// in the app there is nothing to time, and the figure says so instead of inventing a number.
import { existsSync } from 'node:fs';

export async function measurePreviz() {
  if (!existsSync('src/providers/previz.ts')) return { ms: null, note: 'not measured: feature not present' };
  return { ms: null, note: 'not measured: the engine is present but this bench does not drive it yet' };
}
