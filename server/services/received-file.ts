import { Readable } from 'node:stream';
import { photoMimeTypes, sniffMimeType } from '../../domain/application';
import { DomainError } from '../../domain/errors';
import { assertReadableImage } from '../images/readable-image';
import { type FileStorage, FileTooLargeError, type StagedObject } from '../storage/storage';

const typeNotAllowed = (photo: boolean) =>
  new DomainError(
    'attachment.type_not_allowed',
    photo
      ? { zh: '照片只接受 JPEG 或 PNG 图片', en: 'The photo must be a JPEG or PNG image' }
      : {
          zh: '只接受 PDF、JPEG 或 PNG 文件（按文件内容识别，不看扩展名）',
          en: 'Only PDF, JPEG or PNG files are accepted (judged by their content, not their name)',
        },
  );

/** Reads the first bytes of a stream to recognise it, then hands on a stream of the whole file. */
async function sniff(stream: Readable): Promise<{ head: Buffer; whole: Readable }> {
  const chunks: Buffer[] = [];
  let length = 0;
  const iterator = stream[Symbol.asyncIterator]();
  while (length < 16) {
    const next = await iterator.next();
    if (next.done) break;
    chunks.push(next.value as Buffer);
    length += (next.value as Buffer).length;
  }
  const head = Buffer.concat(chunks);
  async function* rest() {
    yield head;
    for (;;) {
      const next = await iterator.next();
      if (next.done) return;
      yield next.value as Buffer;
    }
  }
  return { head, whole: Readable.from(rest()) };
}

/** Hands the stream on, keeping a copy of its bytes (an image is at most MAX_ATTACHMENT_BYTES). */
async function* keepingCopy(source: Readable, copy: Buffer[]) {
  for await (const chunk of source) {
    copy.push(chunk as Buffer);
    yield chunk as Buffer;
  }
}

/**
 * Receives an uploaded file: recognised by its bytes (a photo only JPEG or PNG), at most `maxBytes`, an image
 * decoded whole, written aside under a temporary name. The caller inserts its row and then commits the file,
 * or discards it; a refused file leaves nothing.
 */
export async function receiveFile(
  storage: FileStorage,
  stream: Readable,
  options: { maxBytes: number; photo: boolean; tooLarge: (maxBytes: number) => Error },
): Promise<{ staged: StagedObject; mimeType: string }> {
  const { head, whole } = await sniff(stream);
  const mimeType = sniffMimeType(head);
  if (!mimeType || (options.photo && !photoMimeTypes.includes(mimeType))) {
    stream.resume();
    throw typeNotAllowed(options.photo);
  }
  const imageBytes: Buffer[] = [];
  const isImage = mimeType !== 'application/pdf';
  let staged: StagedObject;
  try {
    staged = await storage.stage(isImage ? Readable.from(keepingCopy(whole, imageBytes)) : whole, {
      maxBytes: options.maxBytes,
      prefix: 'attachments',
    });
  } catch (error) {
    if (error instanceof FileTooLargeError) {
      stream.resume();
      throw options.tooLarge(error.maxBytes);
    }
    throw error;
  }
  try {
    if (isImage) await assertReadableImage(Buffer.concat(imageBytes), mimeType);
  } catch (error) {
    await staged.discard();
    throw error;
  }
  return { staged, mimeType };
}
