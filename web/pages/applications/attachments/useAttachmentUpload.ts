import { App } from 'antd';
import { useCallback, useState } from 'react';
import type { AttachmentKind } from '../../../../domain/application';
import { type Attachment, uploadAttachment } from '../../../api/applications';
import { errorText } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';
import { tooLargeRefusal } from './fileSize';

export interface UploadState {
  kind: AttachmentKind;
  fileName: string;
  percent: number;
}

/**
 * Uploads one file as an attachment of `kind`, tracking progress per kind. A file over the size limit
 * is refused at once, without uploading it; a refusal by the server (415 not a PDF, JPEG or PNG by its
 * bytes; 413 too large) is shown with the server's own message, in the user's language. Either is
 * kept for the row to display.
 */
export function useAttachmentUpload(applicationId: string | undefined, onUploaded: (a: Attachment) => void) {
  const t = useT();
  const { message } = App.useApp();
  const [uploading, setUploading] = useState<UploadState[]>([]);
  const [refusals, setRefusals] = useState<Partial<Record<AttachmentKind, unknown>>>({});

  const upload = useCallback(
    async (kind: AttachmentKind, file: File, declassified: boolean): Promise<Attachment | undefined> => {
      if (!applicationId) return undefined;
      const tooLarge = tooLargeRefusal(file);
      setRefusals((current) => ({ ...current, [kind]: tooLarge }));
      if (tooLarge) {
        message.error(t('attachments.refused', { name: file.name, reason: errorText(tooLarge, t) }));
        return undefined;
      }
      setUploading((current) => [...current, { kind, fileName: file.name, percent: 0 }]);
      try {
        const fields = { kind, declassified: declassified ? 'true' : 'false' } as const;
        const attachment = await uploadAttachment(applicationId, fields, file, {
          fileName: file.name,
          onProgress: (percent) =>
            setUploading((current) =>
              current.map((entry) =>
                entry.kind === kind && entry.fileName === file.name ? { ...entry, percent } : entry,
              ),
            ),
        });
        onUploaded(attachment);
        message.success(t('attachments.uploaded', { name: file.name }));
        return attachment;
      } catch (error) {
        setRefusals((current) => ({ ...current, [kind]: error }));
        message.error(t('attachments.refused', { name: file.name, reason: errorText(error, t) }));
        return undefined;
      } finally {
        setUploading((current) =>
          current.filter((entry) => !(entry.kind === kind && entry.fileName === file.name)),
        );
      }
    },
    [applicationId, onUploaded, message, t],
  );

  return { upload, uploading, refusals };
}
