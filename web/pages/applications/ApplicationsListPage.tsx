import { PlusOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Select, Table, type TableColumnsType, Tag, Tooltip, Typography } from 'antd';
import type { Breakpoint } from 'antd/es/_util/responsiveObserver';
import dayjs from 'dayjs';
import { Link, useSearchParams } from 'react-router-dom';
import { attachmentKindLabels, awardLabels } from '../../../domain/application';
import { type AwardCode, awardCodes } from '../../../domain/roles';
import {
  type ApplicationStatus,
  applicationStatuses,
  recommendsOwnStaff,
  statusLabels,
} from '../../../domain/workflow';
import { type ApplicationSummary, listApplications } from '../../api/applications';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { identityColumns } from './columns';

const PAGE_SIZE = 20;

function isStatus(value: string | null): value is ApplicationStatus {
  return value !== null && (applicationStatuses as readonly string[]).includes(value);
}
function isAward(value: string | null): value is AwardCode {
  return value !== null && (awardCodes as readonly string[]).includes(value);
}

/** 申报列表: the applications in the caller's scope, filtered by the query string (the to-do links). */
export function ApplicationsListPage() {
  const t = useT();
  const session = useSignedInSession();
  const [params, setParams] = useSearchParams();
  useDocumentTitle(t('applications.pageTitle'));

  const status = params.get('status');
  const award = params.get('award');
  const page = Math.max(1, Number(params.get('page') ?? '1') || 1);
  const filter = {
    status: isStatus(status) ? status : undefined,
    award: isAward(award) ? award : undefined,
    limit: PAGE_SIZE,
    offset: (page - 1) * PAGE_SIZE,
  };
  const [list, reload] = useApiResource(
    (signal) => listApplications(filter, signal),
    [filter.status, filter.award, filter.offset],
  );

  const setParam = (name: string, value: string | undefined) => {
    const next = new URLSearchParams(params);
    if (value) next.set(name, value);
    else next.delete(name);
    if (name !== 'page') next.delete('page');
    setParams(next);
  };

  const columns: TableColumnsType<ApplicationSummary> = [
    ...identityColumns(t),
    {
      key: 'unitRank',
      title: t('applications.column.unitRank'),
      align: 'center',
      render: (_, row) => row.unitRank ?? '—',
    },
    // what a recommender (or the bureau) weighs in its inbox: the unit's opinion and the papers' completeness
    ...(session.role === 'employer_officer' && !recommendsOwnStaff(session.organisation.kind)
      ? []
      : [
          {
            key: 'unitOpinion',
            title: t('applications.column.unitOpinion'),
            responsive: ['md'] as Breakpoint[],
            render: (_: unknown, row: ApplicationSummary) =>
              row.unitOpinion ? (
                <Typography.Paragraph
                  ellipsis={{ rows: 2, tooltip: row.unitOpinion }}
                  style={{ margin: 0, maxWidth: 260 }}
                >
                  {row.unitOpinion}
                </Typography.Paragraph>
              ) : (
                '—'
              ),
          },
        ]),
    {
      key: 'papers',
      title: t('applications.column.papers'),
      responsive: ['sm'],
      render: (_, row) =>
        row.missingAttachments.length === 0 ? (
          <Tag color="green">{t('applications.papers.complete', { count: row.attachmentCount })}</Tag>
        ) : (
          <Tooltip
            title={row.missingAttachments.map((kind) => t.message(attachmentKindLabels[kind])).join('；')}
          >
            <Tag color="orange" data-testid="papers-missing">
              {t('applications.papers.missing', { count: row.missingAttachments.length })}
            </Tag>
          </Tooltip>
        ),
    },
    {
      key: 'idNumber',
      title: t('applications.column.idNumber'),
      responsive: ['md'],
      render: (_, row) => <span className="jx-mono">{row.idNumberMasked ?? '—'}</span>,
    },
    {
      key: 'mobile',
      title: t('applications.column.mobile'),
      responsive: ['lg'],
      render: (_, row) => <span className="jx-mono">{row.mobileMasked ?? '—'}</span>,
    },
    {
      key: 'employer',
      title: t('applications.column.employer'),
      responsive: ['lg'],
      render: (_, row) => t.message(row.employer.name),
    },
    {
      key: 'updatedAt',
      title: t('applications.column.updatedAt'),
      responsive: ['sm'],
      render: (_, row) => dayjs(row.updatedAt).format('YYYY-MM-DD HH:mm'),
    },
  ];

  const canCreate = session.permissions.includes('createApplication');

  return (
    <Card
      title={
        <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
          {t(canCreate ? 'applications.heading' : 'applications.headingScope')}
        </Typography.Title>
      }
      extra={
        canCreate && (
          <Link to="/applications/new">
            <Button type="primary" icon={<PlusOutlined />}>
              {t('applications.new')}
            </Button>
          </Link>
        )
      }
    >
      <Flex wrap gap={12} style={{ marginBottom: 16 }}>
        <Select<ApplicationStatus>
          aria-label={t('applications.filter.status')}
          placeholder={t('applications.filter.status')}
          allowClear
          style={{ minWidth: 200 }}
          value={filter.status}
          onChange={(value) => setParam('status', value)}
          options={applicationStatuses.map((code) => ({ value: code, label: t.message(statusLabels[code]) }))}
        />
        <Select<AwardCode>
          aria-label={t('applications.filter.award')}
          placeholder={t('applications.filter.award')}
          allowClear
          style={{ minWidth: 200 }}
          value={filter.award}
          onChange={(value) => setParam('award', value)}
          options={awardCodes.map((code) => ({ value: code, label: t.message(awardLabels[code]) }))}
        />
        {(filter.status || filter.award) && (
          <Tag color="processing" data-testid="active-filter">
            {t('applications.filtered')}
          </Tag>
        )}
      </Flex>
      {list.status === 'failed' ? (
        <ApiErrorAlert
          error={list.error}
          title={t('applications.loadFailed')}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      ) : (
        <Table<ApplicationSummary>
          rowKey="id"
          size="middle"
          loading={list.status === 'loading'}
          columns={columns}
          dataSource={list.status === 'loaded' ? list.data.items : []}
          locale={{ emptyText: t('applications.empty') }}
          pagination={{
            current: page,
            pageSize: PAGE_SIZE,
            total: list.status === 'loaded' ? list.data.total : 0,
            showSizeChanger: false,
            onChange: (next) => setParam('page', String(next)),
          }}
        />
      )}
    </Card>
  );
}
