import { Button, Card, Descriptions, type DescriptionsProps, Flex, Skeleton, Tag, Typography } from 'antd';
import type { Role } from '../../../domain/roles';
import { fetchCurrentEdition } from '../../api/editions';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageKey } from '../../i18n/translate';
import { useSignedInSession } from '../../session/SessionProvider';
import { CandidateApplications } from './CandidateApplications';
import { EditionCard } from './EditionCard';
import { TodoList } from './TodoList';
import { YourDates } from './YourDates';

/** The roles whose work arrives from the bureau: their dates card opens with what comes to them and when. */
const datesIntro: Partial<Record<Role, MessageKey>> = {
  bureau_admin: 'home.bureau.intro',
  bureau_staff: 'home.bureau.intro',
  expert: 'home.expert.intro',
  talent_office: 'home.talent.intro',
};

/** A long role or organisation name wraps inside its tag on a phone instead of running out of the card. */

const officerRoles: readonly Role[] = [
  'employer_officer',
  'recommender_officer',
  'bureau_admin',
  'bureau_staff',
];

/**
 * Signed-in landing page: who you are acting as, the edition (its window, where the papers go, whom to
 * call), your own dates in it — or, for a candidate, where your application stands — and what waits for you.
 */
export function HomePage() {
  const t = useT();
  const session = useSignedInSession();
  useDocumentTitle(t('home.pageTitle'));
  // Officers whose work waits in the to-do see it first; the others first learn what will come to them.
  const worksOnApplications = officerRoles.includes(session.role);
  const [edition, reloadEdition] = useApiResource((signal) => fetchCurrentEdition(signal), []);

  const otherMemberships = session.memberships.filter(
    (m) => m.role !== session.role || m.organisation.id !== session.organisation.id,
  );

  const identity: DescriptionsProps['items'] = [
    {
      key: 'role',
      label: t('home.currentRole'),
      children: (
        <Tag color="blue" data-testid="current-role" className="jx-wrap">
          {t(`role.${session.role}`)}
        </Tag>
      ),
    },
    {
      key: 'organisation',
      label: t('home.organisation'),
      children: <span data-testid="current-organisation">{t.message(session.organisation.name)}</span>,
    },
  ];
  if (otherMemberships.length > 0) {
    identity.push({
      key: 'other',
      label: t('home.otherMemberships'),
      children: (
        <Flex wrap gap={4}>
          {otherMemberships.map((m) => (
            <Tag key={`${m.role}:${m.organisation.id}`} className="jx-wrap">
              {t(`role.${m.role}`)} · {t.message(m.organisation.name)}
            </Tag>
          ))}
        </Flex>
      ),
    });
  }

  return (
    <Flex vertical gap={16}>
      <Card>
        <Typography.Title level={1} style={{ fontSize: 24, marginTop: 0 }}>
          {t('home.greeting', { name: session.user.displayName })}
        </Typography.Title>
        <Descriptions column={1} size="small" items={identity} />
      </Card>
      {worksOnApplications && <TodoList />}
      {edition.status === 'loading' && (
        <Card>
          <Skeleton active paragraph={{ rows: 3 }} />
        </Card>
      )}
      {edition.status === 'failed' && (
        <ApiErrorAlert
          error={edition.error}
          title={t('home.edition.loadFailed')}
          action={
            <Button size="small" onClick={reloadEdition}>
              {t('common.retry')}
            </Button>
          }
        />
      )}
      {session.role === 'candidate' && (
        <CandidateApplications edition={edition.status === 'loaded' ? edition.data : undefined} />
      )}
      {edition.status === 'loaded' && (
        <>
          <YourDates edition={edition.data} intro={datesIntro[session.role]} />
          <EditionCard edition={edition.data} />
        </>
      )}
      {!worksOnApplications && session.role !== 'candidate' && <TodoList />}
    </Flex>
  );
}
