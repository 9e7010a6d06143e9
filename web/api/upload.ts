import { bilingual } from '../i18n/translate';
import { ApiError, toApiError } from './client';

export interface UploadOptions {
  /** Extra multipart fields, sent before the file so the server reads them first. */
  fields: Record<string, string>;
  file: File | Blob;
  fileName?: string;
  onProgress?: (percent: number) => void;
  signal?: AbortSignal;
}

/**
 * POSTs a multipart form with upload progress (fetch cannot report it), answering the parsed JSON or
 * throwing the same `ApiError` the JSON client throws, e.g. 415 `attachment.type_not_allowed`.
 */
export function uploadMultipart<T>(url: string, options: UploadOptions): Promise<T> {
  const form = new FormData();
  for (const [name, value] of Object.entries(options.fields)) form.append(name, value);
  if (options.fileName !== undefined) form.append('file', options.file, options.fileName);
  else form.append('file', options.file);

  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    xhr.setRequestHeader('accept', 'application/json');
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && options.onProgress) {
        options.onProgress(Math.round((event.loaded / event.total) * 100));
      }
    };
    xhr.onerror = () =>
      reject(new ApiError({ status: 0, code: 'client.network', message: bilingual('error.network') }));
    xhr.onabort = () => reject(new DOMException('Upload aborted', 'AbortError'));
    xhr.onload = () => {
      const headers = new Headers();
      const requestId = xhr.getResponseHeader('x-request-id');
      if (requestId) headers.set('x-request-id', requestId);
      if (xhr.status >= 200 && xhr.status < 300) {
        try {
          resolve((xhr.responseText === '' ? undefined : JSON.parse(xhr.responseText)) as T);
        } catch {
          reject(
            new ApiError({
              status: xhr.status,
              code: 'client.unexpected_response',
              message: bilingual('error.unexpected', { status: xhr.status }),
            }),
          );
        }
        return;
      }
      void toApiError(new Response(xhr.responseText, { status: xhr.status, headers })).then(reject);
    };
    options.signal?.addEventListener('abort', () => xhr.abort());
    xhr.send(form);
  });
}
