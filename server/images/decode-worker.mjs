// Decodes one PNG or JPEG to prove every byte of it can be read, then answers its pixel size. Runs in a
// worker thread (see decode-image.ts): the decode is seconds of CPU for a large scan, and the pixels
// themselves are thrown away. Plain JavaScript so that a worker needs no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import jpeg from 'jpeg-js';
import pngjs from 'pngjs';

const { bytes, mimeType, maxMegapixels, maxMemoryMb } = workerData;
try {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const image =
    mimeType === 'image/png'
      ? pngjs.PNG.sync.read(buffer)
      : jpeg.decode(buffer, {
          useTArray: true,
          formatAsRGBA: false,
          maxResolutionInMP: maxMegapixels,
          maxMemoryUsageInMB: maxMemoryMb,
        });
  parentPort.postMessage({ ok: true, width: image.width, height: image.height });
} catch (error) {
  parentPort.postMessage({ ok: false, reason: String(error instanceof Error ? error.message : error) });
}
