import { ArrowLeftOutlined, FilePdfOutlined, FileWordOutlined } from '@ant-design/icons';
import { App, Button, Card, Flex, Popconfirm, Skeleton, Typography } from 'antd';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { type AwardCode, awardCodes } from '../../../domain/roles';
import {
  type ApplicationDetail,
  annex2Url,
  deleteApplication,
  fetchApplication,
} from '../../api/applications';
import { fetchCurrentEdition } from '../../api/editions';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert, errorText } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { ApplicationEditor } from './ApplicationEditor';
import { InviteCandidate } from './detail/InviteCandidate';
import { leaveWithoutAsking } from './form/useLeaveGuard';
import { StatusTag } from './StatusTag';

/** `/applications/new` and `/applications/:id`. */
export function ApplicationPage() {
  const t = useT();
  const { id } = useParams();
  const [params] = useSearchParams();
  const session = useSignedInSession();
  const [edition] = useApiResource((signal) => fetchCurrentEdition(signal), []);
  const [loaded, reload] = useApiResource(
    (signal) => (id === undefined ? Promise.resolve(null) : fetchApplication(id, signal)),
    [id],
  );
  const detail = loaded.status === 'loaded' ? loaded.data : null;
  useDocumentTitle(
    id === undefined ? t('application.newTitle') : detail?.draft.name || t('application.pageTitle'),
  );

  if (loaded.status === 'loading' || edition.status === 'loading') {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (loaded.status === 'failed') {
    return (
      <ApiErrorAlert
        error={loaded.error}
        title={t('application.loadFailed')}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  }

  // a new form for those who may create one; an existing one as the server's policy says
  const mayCreate = session.permissions.includes('createApplication');
  const owns = detail === null ? mayCreate : detail.may.change;
  const editable = detail === null ? mayCreate : detail.may.edit;
  const awardParam = params.get('award');
  const initialAward = awardCodes.find((code) => code === awardParam) as AwardCode | undefined;

  return (
    <Flex vertical gap={16}>
      <ApplicationHeader detail={detail} />
      {edition.status === 'failed' && (
        <ApiErrorAlert error={edition.error} title={t('application.editionFailed')} />
      )}
      {!editable && detail && (
        <Typography.Text type="secondary" data-testid="read-only-note">
          {owns
            ? t('application.lockedNote')
            : detail.may.seePersonal
              ? t('application.readOnlyNoteClear')
              : t('application.readOnlyNote')}
        </Typography.Text>
      )}
      <ApplicationEditor
        key={detail ? `${detail.id}` : 'new'}
        initial={detail}
        editable={editable}
        edition={edition.status === 'loaded' ? edition.data : undefined}
        initialAward={initialAward}
        onReload={reload}
      />
    </Flex>
  );
}

function ApplicationHeader({ detail }: { detail: ApplicationDetail | null }) {
  const t = useT();
  const navigate = useNavigate();
  const { message } = App.useApp();

  const remove = async () => {
    if (!detail) return;
    try {
      await deleteApplication(detail.id);
      message.success(t('application.deleted'));
      navigate('/applications', { replace: true, state: leaveWithoutAsking });
    } catch (error) {
      message.error(errorText(error, t));
    }
  };

  return (
    <Card size="small">
      <Flex justify="space-between" align="center" wrap gap={12}>
        <Flex vertical gap={4} style={{ minWidth: 0 }}>
          <Link to="/applications">
            <ArrowLeftOutlined /> {t('application.backToList')}
          </Link>
          <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
            {detail ? detail.draft.name || t('applications.unnamed') : t('application.newTitle')}
          </Typography.Title>
          {detail && (
            <Flex wrap gap={8} align="center">
              <StatusTag status={detail.status} />
              <Typography.Text type="secondary">
                {t.message(awardLabels[detail.award])} · {t.message(detail.employer.name)}
                {detail.unitRank !== null && ` · ${t('application.unitRank', { rank: detail.unitRank })}`}
              </Typography.Text>
            </Flex>
          )}
        </Flex>
        {detail && (
          <Flex wrap gap={8}>
            <Button icon={<FilePdfOutlined />} href={annex2Url(detail.id, 'pdf')} target="_blank">
              {t('application.annex2Pdf')}
            </Button>
            <Button icon={<FileWordOutlined />} href={annex2Url(detail.id, 'docx')}>
              {t('application.annex2Docx')}
            </Button>
            {detail.may.edit && <InviteCandidate applicationId={detail.id} />}
            {detail.may.delete && (
              <Popconfirm
                title={t('application.deleteConfirm')}
                okText={t('common.delete')}
                cancelText={t('common.cancel')}
                okButtonProps={{ danger: true }}
                onConfirm={remove}
              >
                <Button danger>{t('application.delete')}</Button>
              </Popconfirm>
            )}
          </Flex>
        )}
      </Flex>
    </Card>
  );
}
