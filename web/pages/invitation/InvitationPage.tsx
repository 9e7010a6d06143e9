import { Button, Card, Flex, Form, Result, Skeleton, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { annex2FieldLabels, awardLabels, candidateFields } from '../../../domain/application';
import type { DraftPayload } from '../../api/applications';
import {
  fetchInvitation,
  type Invitation,
  type InvitationDraft,
  submitInvitation,
} from '../../api/invitations';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { type FormValues, fieldNameOf, toFormValues, toPayload } from '../applications/form/draftForm';
import { editedWith } from '../applications/form/followIdNumber';
import { PersonalFields } from '../applications/form/PersonalFields';
import { SectionRows } from '../applications/form/SectionRows';
import { useDraftValidation } from '../applications/form/useDraftValidation';

/**
 * Only what the candidate actually filled in: an untouched blank must not clear what the unit has on
 * file (the personal numbers and the history are not shown to the candidate, so they arrive blank).
 */
function filledPersonalPart(all: DraftPayload): InvitationDraft {
  const draft: Record<string, unknown> = {};
  for (const field of candidateFields) {
    const value = all[field];
    if (value === null || value === undefined) continue;
    if (Array.isArray(value) && value.length === 0) continue;
    draft[field] = value;
  }
  return draft as InvitationDraft;
}

/** `/invite/:token`: the candidate's one-time page, no sign-in; the unit still owns the application. */
export function InvitationPage() {
  const t = useT();
  const { token = '' } = useParams();
  const { token: design } = theme.useToken();
  const [invitation] = useApiResource((signal) => fetchInvitation(token, signal), [token]);
  const [done, setDone] = useState(false);
  useDocumentTitle(t('invitePage.title'));

  let body: React.ReactNode;
  if (invitation.status === 'loading') body = <Skeleton active paragraph={{ rows: 6 }} />;
  else if (invitation.status === 'failed')
    body = <ApiErrorAlert error={invitation.error} title={t('invitePage.loadFailed')} />;
  else if (done)
    body = <Result status="success" title={t('invitePage.doneTitle')} subTitle={t('invitePage.doneText')} />;
  else body = <InvitationForm token={token} invitation={invitation.data} onDone={() => setDone(true)} />;

  return (
    <Flex vertical style={{ minHeight: '100vh', padding: 16, background: design.colorBgLayout }} gap={16}>
      <Flex justify="space-between" align="center">
        <Typography.Text strong style={{ color: design.colorPrimary, fontSize: 18 }}>
          {t('app.name')}
        </Typography.Text>
        <LanguageSwitch />
      </Flex>
      <main style={{ width: '100%', maxWidth: 900, marginInline: 'auto' }}>
        <Card>{body}</Card>
      </main>
    </Flex>
  );
}

function InvitationForm({
  token,
  invitation,
  onDone,
}: {
  token: string;
  invitation: Invitation;
  onDone: () => void;
}) {
  const t = useT();
  const [form] = Form.useForm<FormValues>();
  const values = Form.useWatch((all: FormValues) => all, { form, preserve: true });
  const initialValues = useMemo(() => toFormValues(invitation.draft), [invitation.draft]);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const { errors } = useDraftValidation({
    form,
    initialValues,
    values,
    enabled: true,
    serverFindings: [],
    serverErrors: [],
    editedFields: edited,
  });
  const { application, masked } = invitation;
  const onFile = (mask: string | null) => (mask ? t('invitePage.onFile', { mask }) : undefined);

  const send = useAction(async (draft: InvitationDraft) => {
    await submitInvitation(token, draft);
    onDone();
  });

  const submit = () => {
    if (errors.length > 0) {
      const first = fieldNameOf(errors[0]?.path ?? '');
      if (first) form.scrollToField(first, { block: 'center' });
    } else {
      void send.run(filledPersonalPart(toPayload(form.getFieldsValue(true) as FormValues)));
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('invitePage.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('invitePage.intro', {
          employer: t.message(application.employer),
          award: t.message(awardLabels[application.award]),
        })}
      </Typography.Paragraph>
      <Typography.Paragraph style={{ margin: 0 }}>{t('invitePage.optional')}</Typography.Paragraph>
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed: FormValues) =>
          setEdited((current) => new Set([...current, ...editedWith(Object.keys(changed))]))
        }
      >
        <PersonalFields
          award={application.award}
          referenceDate={invitation.referenceDate ?? undefined}
          only={candidateFields}
          optional
          hints={{
            idNumber: onFile(masked.idNumber),
            bankAccount: onFile(masked.bankAccount),
            mobile: onFile(masked.mobile),
            landline: onFile(masked.landline),
          }}
        />
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t.message(annex2FieldLabels.workHistory)}
        </Typography.Title>
        <Typography.Paragraph type="secondary">{t('invitePage.historyHint')}</Typography.Paragraph>
        <SectionRows section="workHistory" />
      </Form>
      {send.error !== null && <ApiErrorAlert error={send.error} />}
      <Button
        type="primary"
        size="large"
        loading={send.busy}
        onClick={submit}
        data-testid="invitation-submit"
      >
        {t('invitePage.submit')}
      </Button>
    </Flex>
  );
}
