/**
 * Counting characters the way the forms mean it: "不超过300字" counts what a reader sees as one
 * character. JavaScript's `length` counts UTF-16 code units, so a rare CJK character outside the Basic
 * Multilingual Plane (𠮷, common in names) or an emoji would count twice; UTF-8 bytes would count a
 * Chinese character three times. We count Unicode code points.
 */
export function characterCount(text: string): number {
  let count = 0;
  for (const _ of text) count++;
  return count;
}
