import { CheckCircleFilled, DeleteOutlined, DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import {
  Alert,
  App,
  Button,
  Checkbox,
  Flex,
  List,
  Popconfirm,
  Progress,
  Tag,
  Typography,
  Upload,
} from 'antd';
import { useState } from 'react';
import {
  type AttachmentKind,
  attachmentKindLabels,
  attachmentKinds,
  MAX_ATTACHMENT_BYTES,
  photoMimeTypes,
  requiredAttachmentKinds,
  stepAttachmentKinds,
} from '../../../../domain/application';
import { type Attachment, attachmentUrl, deleteAttachment } from '../../../api/applications';
import { ApiErrorAlert, errorText } from '../../../components/ApiErrorAlert';
import { useT } from '../../../i18n/LocaleProvider';
import { formatBytes } from './fileSize';
import type { UploadState } from './useAttachmentUpload';

export function acceptFor(kind: AttachmentKind): string {
  return kind === 'photo'
    ? photoMimeTypes.join(',')
    : 'application/pdf,image/jpeg,image/png,.pdf,.jpg,.jpeg,.png';
}

interface Props {
  applicationId: string | undefined;
  attachments: Attachment[];
  editable: boolean;
  upload: (kind: AttachmentKind, file: File, declassified: boolean) => Promise<Attachment | undefined>;
  uploading: UploadState[];
  refusals: Partial<Record<AttachmentKind, unknown>>;
  onDeleted: (attachmentId: string) => void;
}

/**
 * 申报材料: the dossier's checklist in the work plan's order (§四(三)). Each kind shows what is uploaded
 * (name, size, SHA-256 prefix, declassified or not) and takes more files; the required kinds are marked.
 */
export function AttachmentsPanel(props: Props) {
  const t = useT();
  const { applicationId, attachments, editable } = props;
  const kinds = attachmentKinds.filter(
    (kind) => !stepAttachmentKinds.includes(kind) || attachments.some((a) => a.kind === kind),
  );
  return (
    <Flex vertical gap={12}>
      {!applicationId && <Alert type="info" showIcon title={t('attachments.saveFirst')} />}
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
        {t('attachments.rules', { max: formatBytes(MAX_ATTACHMENT_BYTES) })}
      </Typography.Paragraph>
      <List
        bordered
        dataSource={kinds}
        renderItem={(kind) => (
          <KindRow
            key={kind}
            {...props}
            kind={kind}
            files={attachments.filter((a) => a.kind === kind)}
            canUpload={editable && applicationId !== undefined}
          />
        )}
      />
    </Flex>
  );
}

function KindRow({
  kind,
  files,
  canUpload,
  applicationId,
  editable,
  upload,
  uploading,
  refusals,
  onDeleted,
}: Props & { kind: AttachmentKind; files: Attachment[]; canUpload: boolean }) {
  const t = useT();
  const { message } = App.useApp();
  const [declassified, setDeclassified] = useState(false);
  const required = requiredAttachmentKinds.includes(kind);
  const inFlight = uploading.filter((entry) => entry.kind === kind);

  const remove = async (attachment: Attachment) => {
    if (!applicationId) return;
    try {
      await deleteAttachment(applicationId, attachment.id);
      onDeleted(attachment.id);
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <List.Item data-testid={`attachment-${kind}`} style={{ display: 'block' }}>
      <Flex justify="space-between" align="flex-start" gap={8} wrap>
        <Flex vertical gap={4} style={{ minWidth: 0, flex: '1 1 260px' }}>
          <Typography.Text strong>
            {files.length > 0 && <CheckCircleFilled style={{ color: '#389e0d', marginInlineEnd: 6 }} />}
            {t.message(attachmentKindLabels[kind])}
          </Typography.Text>
          <div>
            {required ? (
              <Tag color={files.length > 0 ? 'success' : 'error'}>{t('attachments.required')}</Tag>
            ) : (
              <Tag>{t('attachments.optional')}</Tag>
            )}
          </div>
        </Flex>
        {canUpload && (
          <Flex gap={8} align="center" wrap>
            <Checkbox checked={declassified} onChange={(event) => setDeclassified(event.target.checked)}>
              {t('attachments.declassified')}
            </Checkbox>
            <Upload
              accept={acceptFor(kind)}
              multiple={kind !== 'photo'}
              showUploadList={false}
              customRequest={({ file }) => void upload(kind, file as File, declassified)}
            >
              <Button icon={<UploadOutlined />} data-testid={`upload-${kind}`}>
                {t('attachments.upload')}
              </Button>
            </Upload>
          </Flex>
        )}
      </Flex>
      {inFlight.map((entry) => (
        <Flex key={entry.fileName} gap={8} align="center" style={{ marginTop: 8 }}>
          <Typography.Text ellipsis style={{ maxWidth: 240 }}>
            {entry.fileName}
          </Typography.Text>
          <Progress percent={entry.percent} size="small" style={{ flex: 1, margin: 0 }} />
        </Flex>
      ))}
      {refusals[kind] !== undefined && (
        <div style={{ marginTop: 8 }}>
          <ApiErrorAlert error={refusals[kind]} />
        </div>
      )}
      {files.length > 0 && (
        <ul className="jx-files">
          {files.map((file) => (
            <li key={file.id}>
              <Flex gap={8} align="center" wrap>
                <a href={attachmentUrl(applicationId ?? '', file.id)} download={file.fileName}>
                  <DownloadOutlined /> {file.fileName}
                </a>
                <Typography.Text type="secondary">{formatBytes(file.sizeBytes)}</Typography.Text>
                <Typography.Text type="secondary" className="jx-mono" title={file.sha256}>
                  SHA-256 {file.sha256.slice(0, 12)}…
                </Typography.Text>
                {file.declassified && <Tag color="gold">{t('attachments.declassifiedTag')}</Tag>}
                {editable && (
                  <Popconfirm
                    title={t('attachments.deleteConfirm', { name: file.fileName })}
                    okText={t('common.delete')}
                    cancelText={t('common.cancel')}
                    onConfirm={() => remove(file)}
                  >
                    <Button
                      type="text"
                      size="small"
                      danger
                      icon={<DeleteOutlined />}
                      aria-label={t('attachments.delete', { name: file.fileName })}
                    />
                  </Popconfirm>
                )}
              </Flex>
            </li>
          ))}
        </ul>
      )}
    </List.Item>
  );
}
