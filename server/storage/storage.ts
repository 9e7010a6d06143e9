import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredObject {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/**
 * Every byte of an object written, but not yet under its key: `commit` gives it its key, `discard`
 * removes it (committed or not). Lets the caller decide in a database transaction whether to keep it.
 */
export interface StagedObject extends StoredObject {
  commit(): Promise<void>;
  discard(): Promise<void>;
}

export interface PutOptions {
  maxBytes?: number;
  prefix?: string;
}

/** Where uploaded and generated files live: local disk by default, S3-compatible later. */
export interface FileStorage {
  /** Writes the whole stream aside or nothing: a broken stream leaves no object behind. */
  stage(stream: Readable, options?: PutOptions): Promise<StagedObject>;
  /** `stage`, then `commit`. */
  put(stream: Readable, options?: PutOptions): Promise<StoredObject>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  delete(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file exceeds ${maxBytes} bytes`);
  }
}

/**
 * How old a temporary `.part` file must be before a starting server deletes it. Not "older than this
 * process": on PostgreSQL several processes may share one DATA_DIR, and another one may be writing an
 * upload right now. A live upload touches its file with every chunk and is committed or discarded within
 * seconds of its last byte, so an hour without a write means its process died.
 */
export const STALE_PART_AGE_MS = 60 * 60 * 1000;

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  private get tmpDir(): string {
    return path.join(this.root, 'tmp');
  }

  async stage(stream: Readable, options: PutOptions = {}): Promise<StagedObject> {
    const key = path.posix.join(
      options.prefix ?? 'files',
      new Date().toISOString().slice(0, 7),
      randomUUID(),
    );
    const finalPath = this.pathOf(key);
    const tempPath = path.join(this.tmpDir, `${randomUUID()}.part`);
    await mkdir(this.tmpDir, { recursive: true });
    const hash = createHash('sha256');
    let size = 0;
    const max = options.maxBytes ?? Number.POSITIVE_INFINITY;
    try {
      await pipeline(
        stream,
        async function* (source: AsyncIterable<Buffer>) {
          for await (const chunk of source) {
            size += chunk.length;
            if (size > max) throw new FileTooLargeError(max);
            hash.update(chunk);
            yield chunk;
          }
        },
        createWriteStream(tempPath, { flags: 'wx' }),
      );
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return {
      key,
      sizeBytes: size,
      sha256: hash.digest('hex'),
      async commit() {
        // The object appears under its key only once every byte is on disk.
        await mkdir(path.dirname(finalPath), { recursive: true });
        await rename(tempPath, finalPath);
      },
      async discard() {
        await rm(tempPath, { force: true });
        await rm(finalPath, { force: true });
      },
    };
  }

  async put(stream: Readable, options: PutOptions = {}): Promise<StoredObject> {
    const staged = await this.stage(stream, options);
    try {
      await staged.commit();
    } catch (error) {
      await staged.discard();
      throw error;
    }
    return { key: staged.key, sizeBytes: staged.sizeBytes, sha256: staged.sha256 };
  }

  get(key: string): Promise<Buffer> {
    return readFile(this.pathOf(key));
  }

  stream(key: string): Readable {
    return createReadStream(this.pathOf(key));
  }

  async delete(key: string): Promise<void> {
    await rm(this.pathOf(key), { force: true });
  }

  /**
   * Deletes the `.part` files a crashed process left in the temporary folder, once they have not been
   * written to for `STALE_PART_AGE_MS` (see there why not all of them). Returns how many went.
   */
  async sweepStaleParts(now: Date = new Date(), maxAgeMs = STALE_PART_AGE_MS): Promise<number> {
    const names = await readdir(this.tmpDir).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ENOENT') return [];
      throw error;
    });
    let swept = 0;
    for (const name of names) {
      if (!name.endsWith('.part')) continue;
      const file = path.join(this.tmpDir, name);
      const info = await stat(file).catch(() => undefined);
      if (!info?.isFile() || now.getTime() - info.mtimeMs < maxAgeMs) continue;
      await rm(file, { force: true });
      swept += 1;
    }
    return swept;
  }

  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep))
      throw new Error('storage key escapes the root');
    return resolved;
  }
}
