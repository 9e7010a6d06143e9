import { createHash, randomUUID } from 'node:crypto';
import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

export interface StoredObject {
  key: string;
  sizeBytes: number;
  sha256: string;
}

/** Where uploaded and generated files live: local disk by default, S3-compatible later. */
export interface FileStorage {
  /** Writes the whole stream or nothing: a broken stream leaves no object behind. */
  put(stream: Readable, options?: { maxBytes?: number; prefix?: string }): Promise<StoredObject>;
  get(key: string): Promise<Buffer>;
  stream(key: string): Readable;
  delete(key: string): Promise<void>;
}

export class FileTooLargeError extends Error {
  constructor(readonly maxBytes: number) {
    super(`file exceeds ${maxBytes} bytes`);
  }
}

export class LocalDiskStorage implements FileStorage {
  constructor(private readonly root: string) {}

  async put(stream: Readable, options: { maxBytes?: number; prefix?: string } = {}): Promise<StoredObject> {
    const key = path.posix.join(
      options.prefix ?? 'files',
      new Date().toISOString().slice(0, 7),
      randomUUID(),
    );
    const finalPath = this.pathOf(key);
    const tempPath = path.join(this.root, 'tmp', `${randomUUID()}.part`);
    await mkdir(path.dirname(tempPath), { recursive: true });
    await mkdir(path.dirname(finalPath), { recursive: true });
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
      // The object appears under its key only once every byte is on disk.
      await rename(tempPath, finalPath);
    } catch (error) {
      await rm(tempPath, { force: true });
      throw error;
    }
    return { key, sizeBytes: size, sha256: hash.digest('hex') };
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

  private pathOf(key: string): string {
    const resolved = path.resolve(this.root, key);
    if (!resolved.startsWith(path.resolve(this.root) + path.sep))
      throw new Error('storage key escapes the root');
    return resolved;
  }
}
