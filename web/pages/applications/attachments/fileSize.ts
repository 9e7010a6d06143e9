import { MAX_ATTACHMENT_BYTES } from '../../../../domain/application';
import { ApiError } from '../../../api/client';
import { bilingual } from '../../../i18n/translate';

/** A file size as people read it: 512 B, 14.2 KB, 21.0 MB (binary units, as the limit is counted). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/**
 * The refusal of a file over the size limit, made in the browser before a byte is sent (the server
 * refuses it too, but only after receiving 20 MB of it): the same code as the server's, and a message
 * that names the file, its size and the limit.
 */
export function tooLargeRefusal(file: { name: string; size: number }): ApiError | undefined {
  if (file.size <= MAX_ATTACHMENT_BYTES) return undefined;
  return new ApiError({
    status: 413,
    code: 'attachment.too_large',
    message: bilingual('attachments.tooLarge', {
      name: file.name,
      size: formatBytes(file.size),
      max: formatBytes(MAX_ATTACHMENT_BYTES),
    }),
  });
}
