import { BufferTarget, CanvasSource, Mp4OutputFormat, Output, QUALITY_MEDIUM, WebMOutputFormat, canEncodeVideo, type VideoCodec } from 'mediabunny';

/** A finished clip: its bytes and type (MP4/H.264 where the browser encodes it, else WebM). */
export interface EncodedClip {
  bytes: ArrayBuffer;
  mimeType: 'video/mp4' | 'video/webm';
  codec: VideoCodec;
}

/** Codecs to try in order: H.264 in MP4 plays everywhere and encodes several times faster than VP8 in software; WebM where H.264 is missing. */
export const codecOrder: readonly VideoCodec[] = ['avc', 'vp8', 'vp9'];

/** The first codec this browser can encode at this size, or undefined (then MediaRecorder is the fallback). */
export async function pickCodec(width: number, height: number, order: readonly VideoCodec[] = codecOrder): Promise<VideoCodec | undefined> {
  for (const codec of order) if (await canEncodeVideo(codec, { width, height, bitrate: QUALITY_MEDIUM })) return codec;
  return undefined;
}

/**
 * Encodes `frames` frames drawn on `canvas` by `paint(i)` at `fps` (WebCodecs through mediabunny),
 * reporting progress after each frame; stops with an AbortError when `signal` is aborted.
 */
export async function encodeCanvas(
  canvas: OffscreenCanvas,
  codec: VideoCodec,
  frames: number,
  fps: number,
  paint: (frame: number) => void | Promise<void>,
  onProgress: (done: number) => void,
  signal?: AbortSignal,
): Promise<EncodedClip> {
  const mp4 = codec === 'avc';
  const output = new Output({ format: mp4 ? new Mp4OutputFormat({ fastStart: 'in-memory' }) : new WebMOutputFormat(), target: new BufferTarget() });
  // A key frame every second keeps seeking (Compare's synced players) quick.
  const source = new CanvasSource(canvas, { codec, bitrate: QUALITY_MEDIUM, keyFrameInterval: 1, latencyMode: 'realtime' });
  output.addVideoTrack(source, { frameRate: fps });
  await output.start();
  try {
    for (let i = 0; i < frames; i++) {
      signal?.throwIfAborted();
      await paint(i);
      await source.add(i / fps, 1 / fps);
      onProgress(i + 1);
    }
    await output.finalize();
  } catch (error) {
    await output.cancel().catch(() => undefined);
    throw error;
  }
  const bytes = output.target.buffer;
  if (!bytes) throw new Error('previz: the encoder produced no file');
  return { bytes, mimeType: mp4 ? 'video/mp4' : 'video/webm', codec };
}
