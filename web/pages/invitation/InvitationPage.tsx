import { Button, Card, Flex, Form, Result, Skeleton, Typography, theme } from 'antd';
import { useMemo, useState } from 'react';
import { useParams } from 'react-router-dom';
import { type ApplicationField, annex2FieldLabels, awardLabels } from '../../../domain/application';
import type { Message } from '../../../domain/message';
import { fetchInvitation, type Invitation, submitInvitation } from '../../api/invitations';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { LanguageSwitch } from '../../components/LanguageSwitch';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { type FormValues, fieldNameOf, toFormValues, toPayload } from '../applications/form/draftForm';
import { PersonalFields } from '../applications/form/PersonalFields';
import { SectionRows } from '../applications/form/SectionRows';
import { useDraftValidation } from '../applications/form/useDraftValidation';

/** What the candidate fills in: the personal data and the declarations, and the career history. */
const personalPart: readonly ApplicationField[] = [
  'name',
  'gender',
  'birthDate',
  'ethnicity',
  'politicalStatus',
  'education',
  'occupation',
  'skillLevel',
  'professionalQualification',
  'workStartDate',
  'occupationStartDate',
  'postalCode',
  'employerName',
  'idNumber',
  'bankAccount',
  'address',
  'landline',
  'mobile',
  'email',
  'isUnitHead',
  'frontlinePost',
  'workplaceInChangchun',
  'post',
  'workHistory',
];

function employerName(employer: Invitation['application']['employer']): Message | string {
  if (typeof employer === 'string') return employer;
  return 'name' in employer ? employer.name : employer;
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
  const [error, setError] = useState<unknown>(null);
  const [busy, setBusy] = useState(false);
  const values = Form.useWatch((all: FormValues) => all, { form, preserve: true });
  const initialValues = useMemo(() => toFormValues(invitation.draft), [invitation.draft]);
  const [edited, setEdited] = useState<ReadonlySet<string>>(new Set());
  const { errors } = useDraftValidation({
    form,
    values,
    enabled: true,
    serverFindings: [],
    serverErrors: [],
    editedFields: edited,
  });
  const { application } = invitation;
  const employer = employerName(application.employer);

  const submit = async () => {
    if (errors.length > 0) {
      const first = fieldNameOf(errors[0]?.path ?? '');
      if (first) form.scrollToField(first, { block: 'center' });
      return;
    }
    const all = toPayload(form.getFieldsValue(true) as FormValues);
    const draft = Object.fromEntries(
      Object.entries(all).filter(([key]) => personalPart.includes(key as ApplicationField)),
    );
    setBusy(true);
    setError(null);
    try {
      await submitInvitation(token, draft);
      onDone();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('invitePage.title')}
      </Typography.Title>
      <Typography.Paragraph style={{ margin: 0 }}>
        {t('invitePage.intro', {
          employer: typeof employer === 'string' ? employer : t.message(employer),
          award: t.message(awardLabels[application.award]),
        })}
      </Typography.Paragraph>
      <Form<FormValues>
        form={form}
        layout="vertical"
        initialValues={initialValues}
        onValuesChange={(changed: FormValues) =>
          setEdited((current) => new Set([...current, ...Object.keys(changed)]))
        }
      >
        <PersonalFields award={application.award} />
        <Typography.Title level={2} style={{ fontSize: 16 }}>
          {t.message(annex2FieldLabels.workHistory)}
        </Typography.Title>
        <SectionRows section="workHistory" />
      </Form>
      {error !== null && <ApiErrorAlert error={error} />}
      <Button type="primary" size="large" loading={busy} onClick={submit} data-testid="invitation-submit">
        {t('invitePage.submit')}
      </Button>
    </Flex>
  );
}
