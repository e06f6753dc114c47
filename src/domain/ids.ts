/** A random, URL-safe, sortable-enough id: time prefix (base 36) + 10 random characters. */
export function makeId(now: number, random: () => number = Math.random): string {
  const alphabet = '0123456789abcdefghijklmnopqrstuvwxyz';
  let tail = '';
  for (let i = 0; i < 10; i++) tail += alphabet[Math.floor(random() * alphabet.length)];
  return now.toString(36) + tail;
}
