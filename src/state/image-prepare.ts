import { imageLimits, resizePlan, type ImageType } from '../domain/image-inputs';

/** Why a picked file cannot become an image input. Each has a sentence (`images.error.<kind>`). */
export type PrepareFailure = 'type' | 'size' | 'unreadable' | 'dimensions';

export class PrepareRefused extends Error {
  constructor(readonly kind: PrepareFailure) {
    super(`image not prepared: ${kind}`);
    this.name = 'PrepareRefused';
  }
}

export interface PreparedImage {
  blob: Blob;
  width: number;
  height: number;
}

/** What the picture is for: the box to fit it in, and whether it must fill that box exactly. */
export interface PrepareTarget {
  box: { width: number; height: number };
  mode: 'fit' | 'cover';
}

const head = async (file: Blob) => new Uint8Array(await file.slice(0, 16).arrayBuffer());

/** PNG, JPEG or WebP from the first bytes (a file's name and stated type are not trusted). */
export function sniffImageType(bytes: Uint8Array): ImageType | undefined {
  const ascii = (from: number, to: number) => String.fromCharCode(...bytes.subarray(from, to));
  if (bytes[0] === 0x89 && ascii(1, 4) === 'PNG') return 'image/png';
  if (bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return 'image/jpeg';
  if (ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'image/webp';
  return undefined;
}

/**
 * Decodes a picked file in the browser and draws it at the size the model takes
 * (createImageBitmap + OffscreenCanvas, no upload anywhere). It is always re-encoded, so what is
 * kept and sent carries no camera metadata (EXIF location included); PNG stays PNG, WebP stays
 * WebP, JPEG stays JPEG.
 */
export async function prepareImage(file: Blob, target: PrepareTarget): Promise<PreparedImage> {
  if (file.size > imageLimits.fileBytes) throw new PrepareRefused('size');
  const type = sniffImageType(await head(file));
  if (!type) throw new PrepareRefused('type');
  let bitmap: ImageBitmap;
  try {
    bitmap = await createImageBitmap(file);
  } catch {
    throw new PrepareRefused('unreadable');
  }
  try {
    if (bitmap.width > imageLimits.maxSide || bitmap.height > imageLimits.maxSide) throw new PrepareRefused('dimensions');
    const box = { width: Math.min(target.box.width, imageLimits.storedSide), height: Math.min(target.box.height, imageLimits.storedSide) };
    const plan = resizePlan(bitmap.width, bitmap.height, box, target.mode);
    const canvas = new OffscreenCanvas(plan.width, plan.height);
    const context = canvas.getContext('2d');
    if (!context) throw new PrepareRefused('unreadable');
    context.imageSmoothingQuality = 'high';
    const { x, y, width, height } = plan.source;
    context.drawImage(bitmap, x, y, width, height, 0, 0, plan.width, plan.height);
    const blob = await canvas.convertToBlob(type === 'image/png' ? { type } : { type, quality: 0.92 });
    return { blob, width: plan.width, height: plan.height };
  } finally {
    bitmap.close();
  }
}
