import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

/**
 * Noto Sans SC from `@expo-google-fonts/noto-sans-sc`: a full Simplified Chinese TrueType font (about
 * 10 MB each weight) that pdfkit subsets to the glyphs a document uses, so a form weighs tens of
 * kilobytes. Read once per process; pdfkit parses the buffer per document (a few milliseconds).
 */
const require = createRequire(import.meta.url);

const files = {
  regular: '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-sans-sc/700Bold/NotoSansSC_700Bold.ttf',
} as const;

export type FontWeight = keyof typeof files;

const cache = new Map<FontWeight, Buffer>();

export function fontBytes(weight: FontWeight): Buffer {
  let bytes = cache.get(weight);
  if (!bytes) {
    bytes = readFileSync(require.resolve(files[weight]));
    cache.set(weight, bytes);
  }
  return bytes;
}
