/** Test helper: a DOCX laid out by LibreOffice (`soffice --headless`), to read its pages. Test-only. */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

function findSoffice(): string | null {
  try {
    return execFileSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).trim() || null;
  } catch {
    return null;
  }
}

/** Where soffice is, or null on a machine without LibreOffice (`apt-get install libreoffice-writer-nogui`). */
const soffice = findSoffice();

/** The DOCX converted to PDF by LibreOffice, with a profile of its own so that runs do not collide. */
export function docxToPdf(bytes: Buffer): Buffer {
  if (!soffice) {
    throw new Error(
      'LibreOffice (soffice) is not installed: `apt-get install -y libreoffice-writer-nogui`, or run `npm test`, which installs it',
    );
  }
  const dir = mkdtempSync(join(tmpdir(), 'jiangxuan-docx-'));
  try {
    const file = join(dir, 'document.docx');
    writeFileSync(file, bytes);
    const profile = pathToFileURL(join(dir, 'profile')).href;
    execFileSync(
      soffice,
      [`-env:UserInstallation=${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', dir, file],
      { stdio: 'ignore', timeout: 120_000 },
    );
    return readFileSync(join(dir, 'document.pdf'));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
