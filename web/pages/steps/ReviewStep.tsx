import { DeleteOutlined, PlusOutlined, UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Flex, Form, Input, Row, Skeleton, Typography, Upload } from 'antd';
import dayjs from 'dayjs';
import { useState } from 'react';
import { MAX_REVIEW_OPINION, MAX_REVIEWERS } from '../../../domain/workflow';
import type { Attachment } from '../../api/applications';
import { loadReview, type ReviewView, reviewOpinionUrl, saveReview } from '../../api/recommender';
import { uploadMultipart } from '../../api/upload';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useT } from '../../i18n/LocaleProvider';
import { acceptFor } from '../applications/attachments/AttachmentsPanel';
import { DateItem } from '../applications/form/inputs';
import { keepEnterInField } from './stepGuards';

interface ReviewValues {
  reviewedOn?: string;
  reviewers?: { name?: string; title?: string; employer?: string }[];
  opinion?: string;
}

const valuesOf = (view: ReviewView): ReviewValues =>
  view.review
    ? { reviewedOn: view.review.reviewedOn, reviewers: view.review.reviewers, opinion: view.review.opinion }
    : { reviewedOn: dayjs().format('YYYY-MM-DD'), reviewers: [{}, {}, {}], opinion: '' };

/**
 * 推荐单位组织评审 (seed §三(一)3): before its collective decision the recommender records its experts'
 * review once for all its candidates — the day, the reviewers (name, title, employer), their opinion
 * written here or the signed 专家评审意见书 uploaded, or both. The decision cannot be recorded before it;
 * it can be corrected until a candidate is reported to the bureau.
 */
export function ReviewStep({ onSaved }: { onSaved: () => void }) {
  const t = useT();
  const [view, reload] = useApiResource((signal) => loadReview(signal), []);
  if (view.status === 'loading') return <Skeleton active paragraph={{ rows: 4 }} />;
  if (view.status === 'failed')
    return (
      <ApiErrorAlert
        error={view.error}
        title={t('steps.review.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  return (
    <ReviewForm
      view={view.data}
      onSaved={() => {
        reload();
        onSaved();
      }}
    />
  );
}

function ReviewForm({ view, onSaved }: { view: ReviewView; onSaved: () => void }) {
  const t = useT();
  const { message } = App.useApp();
  const [form] = Form.useForm<ReviewValues>();
  const [file, setFile] = useState<File | null>(null);
  // false once the officer removes the recorded file (saved without it unless another is picked)
  const [keepFile, setKeepFile] = useState(true);
  const recordedFile = keepFile ? (view.review?.opinionFile ?? null) : null;

  const save = useAction(async (values: ReviewValues) => {
    let opinionAttachmentId = recordedFile?.id ?? null;
    if (file) {
      const uploaded = await uploadMultipart<Attachment>(reviewOpinionUrl, {
        fields: {},
        file,
        fileName: file.name,
      });
      opinionAttachmentId = uploaded.id;
    }
    await saveReview({
      reviewedOn: values.reviewedOn ?? '',
      reviewers: (values.reviewers ?? [])
        .filter((r) => r.name?.trim())
        .map((r) => ({
          name: (r.name ?? '').trim(),
          ...(r.title?.trim() ? { title: r.title.trim() } : {}),
          ...(r.employer?.trim() ? { employer: r.employer.trim() } : {}),
        })),
      opinion: values.opinion?.trim() ?? '',
      opinionAttachmentId,
    });
    setFile(null);
    setKeepFile(true);
    message.success(t('steps.review.saved'));
    onSaved();
  });

  const { review, locked } = view;
  return (
    <Flex vertical gap={12} data-testid="review-step">
      {review ? (
        <Alert
          type="success"
          showIcon
          data-testid="review-recorded"
          title={t('steps.review.recorded', { date: review.reviewedOn, count: review.reviewers.length })}
          description={review.reviewers.map((r) => r.name).join('、')}
        />
      ) : (
        <Alert type="warning" showIcon data-testid="review-missing" title={t('steps.review.missing')} />
      )}
      {locked && <Alert type="info" showIcon title={t('steps.review.locked')} />}
      <Form<ReviewValues>
        form={form}
        layout="vertical"
        disabled={locked}
        initialValues={valuesOf(view)}
        onKeyDown={keepEnterInField}
        onFinish={(values) => void save.run(values)}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <DateItem name="reviewedOn" label={t('steps.review.reviewedOn')} required />
          </Col>
        </Row>
        <Typography.Text strong>{t('steps.review.reviewers')}</Typography.Text>
        <Form.List name="reviewers">
          {(fields, { add, remove }) => (
            <Flex vertical gap={0} style={{ marginTop: 8 }}>
              {fields.map((field, index) => (
                <Row gutter={8} key={field.key} align="top">
                  <Col xs={24} sm={7}>
                    <Form.Item
                      name={[field.name, 'name']}
                      label={t('steps.review.reviewerName', { n: index + 1 })}
                      required={index === 0}
                    >
                      <Input maxLength={50} />
                    </Form.Item>
                  </Col>
                  <Col xs={24} sm={6}>
                    <Form.Item
                      name={[field.name, 'title']}
                      label={t('steps.review.reviewerTitle', { n: index + 1 })}
                    >
                      <Input maxLength={50} placeholder={t('steps.review.titleHint')} />
                    </Form.Item>
                  </Col>
                  <Col xs={20} sm={9}>
                    <Form.Item
                      name={[field.name, 'employer']}
                      label={t('steps.review.reviewerEmployer', { n: index + 1 })}
                    >
                      <Input maxLength={100} />
                    </Form.Item>
                  </Col>
                  <Col xs={4} sm={2}>
                    <Form.Item label=" ">
                      <Button
                        icon={<DeleteOutlined />}
                        aria-label={t('steps.review.removeReviewer', { n: index + 1 })}
                        disabled={fields.length === 1}
                        onClick={() => remove(field.name)}
                      />
                    </Form.Item>
                  </Col>
                </Row>
              ))}
              <Button
                icon={<PlusOutlined />}
                style={{ alignSelf: 'flex-start', marginBottom: 16 }}
                disabled={fields.length >= MAX_REVIEWERS}
                onClick={() => add({})}
              >
                {t('steps.review.addReviewer')}
              </Button>
            </Flex>
          )}
        </Form.List>
        <Form.Item name="opinion" label={t('steps.review.opinion')} extra={t('steps.review.opinionHint')}>
          <Input.TextArea autoSize={{ minRows: 3, maxRows: 10 }} maxLength={MAX_REVIEW_OPINION} showCount />
        </Form.Item>
        <Form.Item label={t('steps.review.file')}>
          <Flex vertical gap={8}>
            {recordedFile && !file && (
              <Flex gap={8} align="center" wrap>
                <a href={reviewOpinionUrl} target="_blank" rel="noreferrer" data-testid="review-file">
                  {recordedFile.fileName}
                </a>
                {!locked && (
                  <Button size="small" onClick={() => setKeepFile(false)}>
                    {t('steps.review.removeFile')}
                  </Button>
                )}
              </Flex>
            )}
            <Upload
              accept={acceptFor('review_opinion')}
              maxCount={1}
              beforeUpload={(picked) => {
                setFile(picked);
                return false;
              }}
              onRemove={() => setFile(null)}
              fileList={file ? [{ uid: 'opinion', name: file.name, status: 'done' }] : []}
            >
              <Button icon={<UploadOutlined />} data-testid="review-file-pick">
                {t('steps.review.filePick')}
              </Button>
            </Upload>
          </Flex>
        </Form.Item>
        {save.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={save.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={save.busy} data-testid="review-save">
          {review ? t('steps.review.update') : t('steps.review.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
