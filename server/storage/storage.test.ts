import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FileTooLargeError, LocalDiskStorage, STALE_PART_AGE_MS } from './storage';

describe('LocalDiskStorage', () => {
  let root: string;
  let storage: LocalDiskStorage;
  beforeEach(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'jx-storage-'));
    storage = new LocalDiskStorage(root);
  });
  afterEach(async () => rm(root, { recursive: true, force: true }));

  const tmpFiles = () => readdir(path.join(root, 'tmp')).catch(() => []);

  it('keeps a staged object out of sight until it is committed, and discard removes it either way', async () => {
    const staged = await storage.stage(Readable.from([Buffer.from('hello')]), { prefix: 'attachments' });
    expect(staged.sizeBytes).toBe(5);
    await expect(storage.get(staged.key)).rejects.toThrow();
    expect(await tmpFiles()).toHaveLength(1);
    await staged.commit();
    expect((await storage.get(staged.key)).toString()).toBe('hello');
    expect(await tmpFiles()).toHaveLength(0);
    await staged.discard();
    await expect(storage.get(staged.key)).rejects.toThrow();

    const dropped = await storage.stage(Readable.from([Buffer.from('bye')]));
    await dropped.discard();
    expect(await tmpFiles()).toHaveLength(0);
  });

  it('leaves nothing of a stream over the limit', async () => {
    await expect(storage.stage(Readable.from([Buffer.alloc(11)]), { maxBytes: 10 })).rejects.toBeInstanceOf(
      FileTooLargeError,
    );
    expect(await tmpFiles()).toHaveLength(0);
  });

  it('sweeps the .part files nobody has written to for an hour, and only those', async () => {
    const tmp = path.join(root, 'tmp');
    await mkdir(tmp, { recursive: true });
    const now = new Date();
    const aged = new Date(now.getTime() - STALE_PART_AGE_MS - 60_000);
    for (const name of ['crashed-1.part', 'crashed-2.part', 'notes.txt']) {
      await writeFile(path.join(tmp, name), 'x');
      await utimes(path.join(tmp, name), aged, aged);
    }
    await writeFile(path.join(tmp, 'uploading.part'), 'x'); // another process is writing it now
    expect(await storage.sweepStaleParts(now)).toBe(2);
    expect((await tmpFiles()).sort()).toEqual(['notes.txt', 'uploading.part']);
  });

  it('has nothing to sweep before the first upload', async () => {
    expect(await storage.sweepStaleParts()).toBe(0);
  });
});
