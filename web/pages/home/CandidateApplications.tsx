import { RightOutlined } from '@ant-design/icons';
import { Button, Descriptions, Empty, Flex, Skeleton, Tag, Typography } from 'antd';
import type { ReactNode } from 'react';
import { Link } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { NOTICE_WORKING_DAYS, statusHolder, statusLabels } from '../../../domain/workflow';
import { listApplications } from '../../api/applications';
import type { CurrentEdition } from '../../api/editions';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { candidateNextStep } from './candidateNextStep';
import { formatDay } from './days';

/** 我的申报: the candidate's own application(s), where each stands and what the unit (or the next level) does next. */
export function CandidateApplications({ edition }: { edition: CurrentEdition | undefined }) {
  const t = useT();
  const { locale } = useLocale();
  const session = useSignedInSession();
  const [list, reload] = useApiResource((signal) => listApplications({}, signal), [session.user.id]);
  const n = edition?.schedule.noticeWorkingDays ?? NOTICE_WORKING_DAYS;
  const unitReport = edition?.schedule.unitReport;

  let body: ReactNode;
  if (list.status === 'loading') body = <Skeleton active paragraph={{ rows: 2 }} title={false} />;
  else if (list.status === 'failed')
    body = (
      <ApiErrorAlert
        error={list.error}
        action={
          <Button size="small" onClick={reload}>
            {t('common.retry')}
          </Button>
        }
      />
    );
  else if (list.data.items.length === 0)
    body = <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('home.candidate.none')} />;
  else
    body = (
      <Flex vertical gap={16}>
        {list.data.items.map((application) => {
          const withUnit = statusHolder[application.status] === 'employer';
          const next = candidateNextStep(application.status);
          return (
            <section key={application.id} data-testid={`candidate-application-${application.id}`}>
              <Typography.Title level={3} style={{ fontSize: 15, margin: '0 0 8px' }}>
                {application.name} · {t.message(awardLabels[application.award])}
              </Typography.Title>
              <Descriptions
                column={1}
                size="small"
                items={[
                  {
                    key: 'status',
                    label: t('home.candidate.status'),
                    children: <Tag color="blue">{t.message(statusLabels[application.status])}</Tag>,
                  },
                  {
                    key: 'next',
                    label: t('home.candidate.next'),
                    children: (
                      <span data-testid="candidate-next">
                        {t(next, { n })}
                        {withUnit && unitReport && next === 'home.candidate.next.employer'
                          ? `${locale === 'zh-CN' ? '' : ' '}${t('home.candidate.next.employerBy', { day: formatDay(unitReport.day, locale) })}`
                          : ''}
                      </span>
                    ),
                  },
                ]}
              />
              <Link to={`/applications/${application.id}`} style={{ display: 'inline-block', marginTop: 8 }}>
                {t('home.candidate.view')} <RightOutlined aria-hidden />
              </Link>
            </section>
          );
        })}
      </Flex>
    );

  return <SectionCard title={t('home.candidate.title')}>{body}</SectionCard>;
}
