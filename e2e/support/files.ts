/**
 * Files for upload tests. Valid PDFs and PNGs come from the samples the demo and the API tests share
 * (server/cli/sample-files.ts, built from bytes); this adds what only a browser test needs.
 */
export { tinyPdf as minimalPdf, tinyPng } from '../../server/cli/sample-files';

/** A Windows executable's first bytes ("MZ…"), to upload under a .pdf name. */
export function fakeExecutable(): Buffer {
  return Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00', 'latin1'), Buffer.alloc(256, 0)]);
}
