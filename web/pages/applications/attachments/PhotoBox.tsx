import { CameraOutlined, LoadingOutlined } from '@ant-design/icons';
import { Button, Flex, Form, Typography, Upload } from 'antd';
import { type AttachmentKind, attachmentKindLabels } from '../../../../domain/application';
import { type Attachment, attachmentUrl } from '../../../api/applications';
import { useT } from '../../../i18n/LocaleProvider';
import { acceptFor } from './AttachmentsPanel';
import type { UploadState } from './useAttachmentUpload';

/** 照片: the candidate's photo beside the personal data, as on the annex; an attachment of kind `photo`. */
export function PhotoBox({
  applicationId,
  attachments,
  editable,
  upload,
  uploading,
}: {
  applicationId: string | undefined;
  attachments: Attachment[];
  editable: boolean;
  upload: (kind: AttachmentKind, file: File, declassified: boolean) => Promise<Attachment | undefined>;
  uploading: UploadState[];
}) {
  const t = useT();
  const photo = attachments.filter((a) => a.kind === 'photo').at(-1);
  const busy = uploading.some((entry) => entry.kind === 'photo');
  const label = t('form.photo');
  return (
    <Form.Item label={label} required={editable}>
      <Flex vertical align="center" gap={8} className="jx-photo" data-testid="photo-box">
        {photo && applicationId ? (
          <img
            src={attachmentUrl(applicationId, photo.id)}
            alt={t.message(attachmentKindLabels.photo)}
            style={{ width: 110, height: 146, objectFit: 'cover', borderRadius: 4 }}
          />
        ) : (
          <Flex align="center" justify="center" className="jx-photo-empty">
            {busy ? <LoadingOutlined /> : <CameraOutlined style={{ fontSize: 28 }} />}
          </Flex>
        )}
        {editable && applicationId ? (
          <Upload
            accept={acceptFor('photo')}
            showUploadList={false}
            customRequest={({ file }) => void upload('photo', file as File, false)}
          >
            <Button size="small" loading={busy}>
              {photo ? t('form.photoReplace') : t('form.photoUpload')}
            </Button>
          </Upload>
        ) : (
          editable && (
            <Typography.Text type="secondary" style={{ fontSize: 12, textAlign: 'center' }}>
              {t('attachments.saveFirst')}
            </Typography.Text>
          )
        )}
      </Flex>
    </Form.Item>
  );
}
