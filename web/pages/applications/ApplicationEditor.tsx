import { SaveOutlined } from '@ant-design/icons';
import { App, Button, Card, Col, Flex, Form, Row, Typography } from 'antd';
import { useCallback, useMemo, useState } from 'react';
import { useNavigate } from 'react-router-dom';
import type { ApplicationField } from '../../../domain/application';
import type { FieldError } from '../../../domain/errors';
import type { AwardCode } from '../../../domain/roles';
import {
  type ApplicationDetail,
  type Attachment,
  createApplication,
  fetchApplication,
  updateApplication,
} from '../../api/applications';
import { isApiError } from '../../api/client';
import type { CurrentEdition } from '../../api/editions';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import { AttachmentsPanel } from './attachments/AttachmentsPanel';
import { PhotoBox } from './attachments/PhotoBox';
import { useAttachmentUpload } from './attachments/useAttachmentUpload';
import { ApplicationView } from './detail/ApplicationView';
import { HistoryTimeline } from './detail/HistoryTimeline';
import { CompletenessIndicator, FindingsPanel } from './detail/StatusPanel';
import { offeredHere, TransitionActions } from './detail/TransitionActions';
import { ApplicationFormBody } from './form/ApplicationFormBody';
import {
  completenessOf,
  completenessView,
  draftErrors,
  type FormValues,
  fieldNameOf,
  toFormValues,
  toPayload,
} from './form/draftForm';
import { editedWith } from './form/followIdNumber';
import { useDraftValidation } from './form/useDraftValidation';
import { leaveWithoutAsking, useLeaveGuard } from './form/useLeaveGuard';

/**
 * What a fresh read changes besides the form: the moves offered, the server's findings and counts. Not
 * the version: the form still holds what this user loaded, and a save over someone else's newer
 * changes must meet the version conflict.
 */
function pickOffers(fresh: ApplicationDetail): Partial<ApplicationDetail> {
  return {
    allowedTransitions: fresh.allowedTransitions,
    missingAttachments: fresh.missingAttachments,
    completeness: fresh.completeness,
    findings: fresh.findings,
  };
}

/**
 * The moves the sidebar offers: the server's, except that a draft the server says may be deleted
 * (nobody decided on it yet) leaves by 删除草稿 in the header alone, not also by 撤回申报 beside it.
 */
export function sidebarMoves(detail: ApplicationDetail): ApplicationDetail {
  if (!detail.may.delete) return detail;
  return { ...detail, allowedTransitions: detail.allowedTransitions.filter((t) => t.name !== 'withdraw') };
}

/**
 * The application as one page: the Annex 2 form, the attachments, the status with the completeness, the
 * rules' findings and the moves the server offers, and the history. Editable by the owning unit's
 * officer while a draft (or returned); read-only, with masked personal data, for everyone else.
 */
export function ApplicationEditor({
  initial,
  editable,
  edition,
  initialAward,
  onReload,
}: {
  initial: ApplicationDetail | null;
  editable: boolean;
  edition: CurrentEdition | undefined;
  initialAward?: AwardCode;
  onReload: () => void;
}) {
  const t = useT();
  const navigate = useNavigate();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<FormValues>();
  const [detail, setDetail] = useState(initial);
  const [attachments, setAttachments] = useState<Attachment[]>(initial?.attachments ?? []);
  const [justifications, setJustifications] = useState<Record<string, string>>(
    initial?.warningJustifications ?? {},
  );
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const [justified, setJustified] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldError[]>([]);
  const [saveError, setSaveError] = useState<unknown>(null);
  const [saving, setSaving] = useState(false);
  const values = Form.useWatch((all: FormValues) => all, { form, preserve: true });
  const initialValues = useMemo(
    () => toFormValues(initial ? initial.draft : initialAward ? { award: initialAward } : {}),
    [initial, initialAward],
  );

  // typed, picked or justified since the last load or save (uploads are saved at once)
  useLeaveGuard(editable && (edited.size > 0 || justified));

  const { payload, findings } = useDraftValidation({
    form,
    initialValues,
    values,
    enabled: editable,
    serverFindings: detail?.findings ?? [],
    serverErrors,
    editedFields: edited,
    referenceDate: edition?.referenceDate,
  });

  // read-only, the draft is masked (no exact birth date): the server counted on the data it holds
  const completeness =
    editable || !detail
      ? completenessOf(payload, attachments)
      : completenessView(detail.completeness, attachments);

  // An attachment changes what the server offers (materials complete → the unit may decide): ask again.
  const detailId = detail?.id;
  const refreshOffers = useCallback(async () => {
    if (!detailId) return;
    try {
      const fresh = await fetchApplication(detailId);
      setDetail((current) => (current ? { ...current, ...pickOffers(fresh) } : current));
    } catch {
      // The list of attachments is already right; the buttons catch up on the next save or visit.
    }
  }, [detailId]);
  const onUploaded = useCallback(
    (attachment: Attachment) => {
      setAttachments((current) => [...current, attachment]);
      void refreshOffers();
    },
    [refreshOffers],
  );
  const uploads = useAttachmentUpload(detail?.id, onUploaded);

  const goToField = (field: ApplicationField) => {
    form.scrollToField(field, { block: 'center', focus: true });
  };
  const goToAttachments = () =>
    document.getElementById('attachments')?.scrollIntoView({ behavior: 'smooth', block: 'start' });

  const applyDetail = (next: ApplicationDetail) => {
    setDetail(next);
    setAttachments(next.attachments);
    setJustifications(next.warningJustifications ?? {});
    setEdited(new Set());
    setJustified(false);
    setServerErrors([]);
  };

  const save = async () => {
    const draft = toPayload(form.getFieldsValue(true) as FormValues);
    const problems = draftErrors(draft);
    if (problems.length > 0) {
      message.error(t('form.fixErrors', { count: problems.length }));
      const first = fieldNameOf(problems[0]?.path ?? '');
      if (first) form.scrollToField(first, { block: 'center' });
      return;
    }
    if (!draft.award) {
      message.error(t('form.awardFirst'));
      goToField('award');
      return;
    }
    setSaving(true);
    setSaveError(null);
    try {
      if (detail === null) {
        const created = await createApplication(draft);
        message.success(t('form.created'));
        navigate(`/applications/${created.id}`, { replace: true, state: leaveWithoutAsking });
        return;
      }
      const next = await updateApplication(detail.id, {
        version: detail.version,
        draft,
        warningJustifications: justifications,
      });
      applyDetail(next);
      form.setFieldsValue(toFormValues(next.draft));
      message.success(t('form.saved'));
    } catch (error) {
      if (isApiError(error) && error.code === 'application.version_conflict') {
        modal.confirm({
          title: t('form.conflictTitle'),
          content: t('form.conflictText'),
          okText: t('form.reload'),
          cancelText: t('common.cancel'),
          onOk: onReload,
        });
      } else {
        if (isApiError(error)) setServerErrors(error.fields);
        setSaveError(error);
      }
    } finally {
      setSaving(false);
    }
  };

  const photo = (
    <PhotoBox
      applicationId={detail?.id}
      attachments={attachments}
      editable={editable}
      upload={uploads.upload}
      uploading={uploads.uploading}
    />
  );

  const sidebar = (
    <Flex vertical gap={16} className="jx-sticky">
      <Card size="small" title={t('completeness.title')}>
        <CompletenessIndicator
          view={completeness}
          onGoToField={goToField}
          onGoToAttachments={goToAttachments}
        />
      </Card>
      {findings.length > 0 && (
        <Card size="small" title={t('findings.title')}>
          <FindingsPanel
            findings={findings}
            justifications={justifications}
            editable={editable}
            onJustify={(code, text) => {
              setJustifications((current) => ({ ...current, [code]: text }));
              setJustified(true);
            }}
            onGoToField={goToField}
          />
        </Card>
      )}
      {detail && offeredHere(sidebarMoves(detail)).length > 0 && (
        <Card size="small" title={t('actions.title')}>
          <TransitionActions detail={sidebarMoves(detail)} onChanged={applyDetail} />
        </Card>
      )}
    </Flex>
  );

  return (
    <Row gutter={[16, 16]}>
      <Col xs={{ span: 24, order: 2 }} lg={{ span: 16, order: 1 }}>
        {detail && !editable ? (
          // read-only: a description, not disabled inputs; the form instance stays connected (no DOM)
          <Form<FormValues> form={form} component={false} initialValues={initialValues}>
            <Flex vertical gap={16}>
              <ApplicationView detail={detail} edition={edition} photo={photo} />
            </Flex>
          </Form>
        ) : (
          <Form<FormValues>
            form={form}
            layout="vertical"
            initialValues={initialValues}
            disabled={!editable}
            scrollToFirstError
            onValuesChange={(changed: FormValues) =>
              setEdited((current) => new Set([...current, ...editedWith(Object.keys(changed))]))
            }
          >
            <Flex vertical gap={16}>
              <ApplicationFormBody
                disabled={!editable}
                edition={edition}
                awardLocked={detail !== null}
                photo={photo}
              />
            </Flex>
          </Form>
        )}
        <Flex vertical gap={16} style={{ marginTop: 16 }}>
          <SectionCard id="attachments" title={t('attachments.title')}>
            <AttachmentsPanel
              applicationId={detail?.id}
              attachments={attachments}
              editable={editable}
              upload={uploads.upload}
              uploading={uploads.uploading}
              refusals={uploads.refusals}
              onDeleted={(id) => {
                setAttachments((current) => current.filter((a) => a.id !== id));
                void refreshOffers();
              }}
            />
          </SectionCard>
          {detail && (
            <SectionCard title={t('history.title')}>
              <HistoryTimeline history={detail.history} objections={detail.objections} />
            </SectionCard>
          )}
        </Flex>
      </Col>
      <Col xs={{ span: 24, order: 1 }} lg={{ span: 8, order: 2 }}>
        {sidebar}
      </Col>
      {editable && (
        <Col span={24} order={3} className="jx-savebar">
          <Flex gap={12} align="center" justify="flex-end" wrap className="jx-savebar-inner">
            {saveError !== null && (
              <div style={{ flex: '1 1 300px' }}>
                <ApiErrorAlert error={saveError} />
              </div>
            )}
            <Typography.Text type="secondary">
              {t('completeness.short', { percent: completeness.percent })}
            </Typography.Text>
            <Button
              type="primary"
              icon={<SaveOutlined />}
              loading={saving}
              onClick={save}
              data-testid="save-draft"
            >
              {detail ? t('form.save') : t('form.create')}
            </Button>
          </Flex>
        </Col>
      )}
    </Row>
  );
}
