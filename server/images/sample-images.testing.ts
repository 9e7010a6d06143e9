import { deflateSync } from 'node:zlib';
import jpeg from 'jpeg-js';
import { PNG } from 'pngjs';

/** Pixels of a soft gradient, RGBA. */
function gradient(width: number, height: number): Buffer {
  const data = Buffer.alloc(width * height * 4);
  for (let y = 0; y < height; y += 1) {
    for (let x = 0; x < width; x += 1) {
      data.set([(x * 255) / width, (y * 255) / height, 160, 255], (y * width + x) * 4);
    }
  }
  return data;
}

/** A real PNG written by pngjs. Test-only. */
export function realPng(width = 120, height = 160): Buffer {
  const png = new PNG({ width, height });
  gradient(width, height).copy(png.data);
  return PNG.sync.write(png);
}

/** A real baseline JPEG written by jpeg-js. Test-only. */
export function realJpeg(width = 120, height = 160): Buffer {
  return jpeg.encode({ width, height, data: gradient(width, height) }, 85).data;
}

/** A file that starts like a PNG or a JPEG and then is junk (what the issue found accepted). */
export function signatureThenJunk(kind: 'png' | 'jpeg', length = 4096): Buffer {
  const signature =
    kind === 'png' ? [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] : [0xff, 0xd8, 0xff, 0xe0];
  return Buffer.concat([Buffer.from(signature), Buffer.alloc(length, 0x5a)]);
}

/** A few hundred bytes of well-formed PNG whose header claims `width` × `height` pixels. */
export function pngClaiming(width: number, height: number): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    return Buffer.concat([length, Buffer.from(type, 'latin1'), data, Buffer.alloc(4)]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8-bit RGBA: 40 GB of pixels at 100000 × 100000
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.alloc(64 * 1024))),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}
