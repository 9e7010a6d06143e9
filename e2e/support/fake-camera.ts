import { PNG } from 'pngjs';

/**
 * A still picture as the video Chromium's fake camera plays (`--use-file-for-fake-video-capture=x.y4m`):
 * YUV4MPEG2, 4:2:0, one frame (Chromium loops the file). The picture is cropped to even sides, as 4:2:0
 * needs, and converted with the BT.601 coefficients.
 */
export function y4mOfPng(png: Buffer): Buffer {
  const image = PNG.sync.read(png);
  const width = image.width & ~1;
  const height = image.height & ~1;
  const y = Buffer.alloc(width * height);
  const u = Buffer.alloc((width / 2) * (height / 2));
  const v = Buffer.alloc((width / 2) * (height / 2));
  const rgb = (px: number, py: number) => {
    const i = (py * image.width + px) * 4;
    return [image.data[i] ?? 0, image.data[i + 1] ?? 0, image.data[i + 2] ?? 0] as const;
  };
  for (let py = 0; py < height; py++) {
    for (let px = 0; px < width; px++) {
      const [r, g, b] = rgb(px, py);
      y[py * width + px] = Math.round(0.257 * r + 0.504 * g + 0.098 * b + 16);
    }
  }
  for (let py = 0; py < height; py += 2) {
    for (let px = 0; px < width; px += 2) {
      const [r, g, b] = rgb(px, py);
      const at = (py / 2) * (width / 2) + px / 2;
      u[at] = Math.round(-0.148 * r - 0.291 * g + 0.439 * b + 128);
      v[at] = Math.round(0.439 * r - 0.368 * g - 0.071 * b + 128);
    }
  }
  const header = Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\nFRAME\n`, 'ascii');
  return Buffer.concat([header, y, u, v]);
}
