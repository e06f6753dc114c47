import { Zip, ZipPassThrough, strToU8, type ZipInputFile } from 'fflate';

/**
 * A raw deflate stream that inflates to `n` zero bytes: one fixed-Huffman block holding a literal
 * 0 and then length-258/distance-1 copies of it (13 bits per 258 bytes), the core of a zip bomb.
 */
export function deflatedZeros(n: number): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(Math.ceil(n / 258) * 2 + 300);
  let at = 0;
  let acc = 0;
  let filled = 0;
  // Huffman codes go most significant bit first into a stream filled from the low bit.
  const reversed = (value: number, length: number) => {
    let r = 0;
    for (let i = 0; i < length; i++) r |= ((value >> i) & 1) << (length - 1 - i);
    return r;
  };
  const put = (bits: number, length: number) => {
    acc |= bits << filled;
    filled += length;
    while (filled >= 8) {
      out[at++] = acc & 0xff;
      acc >>>= 8;
      filled -= 8;
    }
  };
  const literalZero = reversed(0x30, 8);
  const copy258 = reversed(0xc5, 8); // length 258, then distance 1 (five 0 bits)
  put(0b011, 3); // final block, fixed Huffman
  let left = n;
  if (left > 0) {
    put(literalZero, 8);
    left--;
  }
  for (; left >= 258; left -= 258) put(copy258, 13);
  for (; left > 0; left--) put(literalZero, 8);
  put(0, 7); // end of block
  if (filled) out[at++] = acc & 0xff;
  return out.slice(0, at);
}

/** A zip entry whose bytes and declared sizes are exactly what the test says (a lying header too). */
export function rawEntry(filename: string, packed: Uint8Array<ArrayBuffer>, declaredSize: number, compression: 0 | 8): ZipInputFile {
  const entry: ZipInputFile = {
    filename,
    size: declaredSize,
    crc: 0,
    compression,
    mtime: new Date(Date.UTC(2020, 0, 1)),
  };
  queueMicrotask(() => entry.ondata?.(null, packed, true));
  return entry;
}

/** A .zip built from entries: the library text first (stored), then the given raw entries. */
export async function hostileZip(libraryJson: string, entries: ZipInputFile[]): Promise<File> {
  const parts: Uint8Array[] = [];
  await new Promise<void>((resolve, reject) => {
    const zip = new Zip((error, chunk, final) => {
      if (error) return reject(error);
      parts.push(chunk);
      if (final) resolve();
    });
    const library = new ZipPassThrough('library.laqta.json');
    zip.add(library);
    library.push(strToU8(libraryJson), true);
    for (const entry of entries) zip.add(entry);
    zip.end();
  });
  return new File(parts as BlobPart[], 'hostile.zip', { type: 'application/zip' });
}
