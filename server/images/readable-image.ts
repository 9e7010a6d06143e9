import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { imageSizeProblem, MAX_IMAGE_PIXELS, readImageSize } from '../../domain/application';
import { DomainError } from '../../domain/errors';

export type ImageMimeType = 'image/png' | 'image/jpeg';
export type DecodeOutcome = { ok: true; width: number; height: number } | { ok: false; reason: string };

const workerFile = new URL('./decode-worker.mjs', import.meta.url);
/** A 40-megapixel JPEG takes about 17 s and 600 MB to decode here; anything far slower is hostile. */
const DECODE_TIMEOUT_MS = 60_000;
const DECODE_MEMORY_MB = 1024;
/** Decodes at once: each may take a core and up to DECODE_MEMORY_MB; the others wait their turn. */
const DECODE_CONCURRENCY = Math.max(1, Math.min(2, os.availableParallelism() - 1));

let running = 0;
const waiting: (() => void)[] = [];
function acquire(): Promise<void> {
  if (running < DECODE_CONCURRENCY) {
    running += 1;
    return Promise.resolve();
  }
  return new Promise((resolve) => waiting.push(resolve));
}
function release() {
  const next = waiting.shift();
  if (next)
    next(); // the slot passes straight on
  else running -= 1;
}

/**
 * Decodes the whole image in a worker thread, off the event loop. A decode that fails or takes too long
 * is an outcome (the image is refused); a worker that cannot run at all is a server error.
 */
export async function decodeImage(bytes: Uint8Array, mimeType: ImageMimeType): Promise<DecodeOutcome> {
  await acquire();
  try {
    return await new Promise<DecodeOutcome>((resolve, reject) => {
      // No inherited execArgv: the worker is plain JavaScript and needs no TypeScript loader.
      const worker = new Worker(workerFile, {
        execArgv: [],
        workerData: {
          bytes,
          mimeType,
          maxMegapixels: MAX_IMAGE_PIXELS / 1_000_000,
          maxMemoryMb: DECODE_MEMORY_MB,
        },
      });
      // Answered once the worker has gone, so that no more than DECODE_CONCURRENCY hold their memory.
      let outcome: DecodeOutcome | undefined;
      let failure: Error | undefined;
      const timer = setTimeout(() => {
        outcome = { ok: false, reason: 'decode timed out' };
        void worker.terminate();
      }, DECODE_TIMEOUT_MS);
      worker.once('message', (answer: DecodeOutcome) => {
        outcome ??= answer;
      });
      worker.once('error', (error) => {
        failure = error;
      });
      worker.once('exit', (code) => {
        clearTimeout(timer);
        if (outcome) resolve(outcome);
        else reject(failure ?? new Error(`image decoder exited with ${code} before answering`));
      });
    });
  } finally {
    release();
  }
}

const unreadable = () =>
  new DomainError('attachment.image_unreadable', {
    zh: '图片文件已损坏或不完整，无法读取。请用相机或扫描软件重新导出为 JPEG 或 PNG 后再上传',
    en: 'The image is damaged or incomplete and cannot be read. Export it again as JPEG or PNG and upload it',
  });

/**
 * Refuses an image that the printed forms could not embed: its header must give a pixel size within the
 * limits (checked before any decoding, so a small file claiming 100000 × 100000 pixels costs nothing), and
 * then the whole image must decode to that size.
 */
export async function assertReadableImage(
  bytes: Uint8Array,
  mimeType: ImageMimeType,
  decode: typeof decodeImage = decodeImage,
): Promise<void> {
  const size = readImageSize(bytes);
  if (!size) throw unreadable();
  const problem = imageSizeProblem(size);
  if (problem) throw new DomainError('attachment.image_too_large', problem);
  const decoded = await decode(bytes, mimeType);
  if (!decoded.ok || decoded.width !== size.width || decoded.height !== size.height) throw unreadable();
}
