import { CameraOutlined, SearchOutlined } from '@ant-design/icons';
import { Alert, Button, Descriptions, Flex, Form, Input, Result, Space, Table, Tag, Typography } from 'antd';
import { useCallback, useEffect, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import type { IntakeState } from '../../../domain/intake/envelope';
import { formatIntakeCode, parseIntakeCode } from '../../../domain/intake/intake-code';
import { findEnvelope, type IntakeList, type IntakeLookup, loadIntakeList } from '../../api/intake';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import type { MessageKey } from '../../i18n/translate';
import { useSignedInSession } from '../../session/SessionProvider';
import { StatusTag } from '../applications/StatusTag';
import { QrScanner } from './QrScanner';

const stateColours: Record<IntakeState, string> = {
  awaiting: 'processing',
  received: 'success',
  returned: 'warning',
  late: 'error',
};
const stateKey = (state: IntakeState) => `intake.state.${state}` as MessageKey;

/**
 * 受理窗口: the bureau's intake desk. The clerk scans the envelope cover's QR code with the camera (or types
 * the code printed under it), sees whose envelope it is and where it stands, and opens the application to
 * accept it with its items ticked off, or to return it to the recommender naming what is missing. Below,
 * every envelope reported to the bureau: received, returned, awaiting, late — per recommender.
 */
export function IntakePage() {
  const t = useT();
  const session = useSignedInSession();
  const navigate = useNavigate();
  const params = useParams();
  useDocumentTitle(t('intake.pageTitle'));
  const [scanning, setScanning] = useState(false);
  const [typed, setTyped] = useState(params.code ?? '');
  const [found, setFound] = useState<IntakeLookup | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [list, reload] = useApiResource<IntakeList>(loadIntakeList, []);

  const look = useCallback(
    async (input: string) => {
      setError(null);
      setFound(null);
      const code = parseIntakeCode(input);
      if (!code) {
        setError(new Error(t('intake.code.invalid')));
        return;
      }
      setTyped(formatIntakeCode(code));
      try {
        setFound(await findEnvelope(code));
      } catch (failure) {
        setError(failure);
      }
    },
    [t],
  );

  // the QR code opens /intake/{code}: look it up at once
  useEffect(() => {
    if (params.code) void look(params.code);
  }, [params.code, look]);

  if (!session.permissions.includes('receivePapers')) {
    return <Result status="403" title={t('intake.pageTitle')} subTitle={t('intake.onlyBureau')} />;
  }

  return (
    <Flex vertical gap={16}>
      <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
        {t('intake.heading')}
      </Typography.Title>
      {list.status === 'loaded' && (
        <Alert
          type={list.data.window.phase === 'open' ? 'info' : 'warning'}
          showIcon
          data-testid="intake-window"
          title={t(`intake.window.${list.data.window.phase}` as MessageKey, list.data.window)}
        />
      )}
      <SectionCard title={t('intake.find.title')} intro={t('intake.find.intro')}>
        <Form layout="vertical" onFinish={() => void look(typed)}>
          <Form.Item label={t('intake.code.label')} htmlFor="intake-code" extra={t('intake.code.hint')}>
            <Space.Compact style={{ width: '100%', maxWidth: 420 }}>
              <Input
                id="intake-code"
                value={typed}
                onChange={(e) => setTyped(e.target.value)}
                autoComplete="off"
                spellCheck={false}
                style={{ fontFamily: 'monospace', letterSpacing: 1 }}
              />
              <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>
                {t('intake.find.submit')}
              </Button>
            </Space.Compact>
          </Form.Item>
        </Form>
        <Button icon={<CameraOutlined />} onClick={() => setScanning((on) => !on)} data-testid="intake-scan">
          {scanning ? t('intake.camera.stop') : t('intake.camera.start')}
        </Button>
        {scanning && (
          <div style={{ marginTop: 12 }}>
            <QrScanner
              onCode={(code) => {
                setScanning(false);
                navigate(`/intake/${formatIntakeCode(code)}`, { replace: true });
              }}
            />
          </div>
        )}
        {error !== null && (
          <div style={{ marginTop: 12 }}>
            <ApiErrorAlert error={error} />
          </div>
        )}
        {found && <EnvelopeCard entry={found} />}
      </SectionCard>
      <SectionCard title={t('intake.list.title')}>
        {list.status === 'failed' && <ApiErrorAlert error={list.error} />}
        {list.status === 'loaded' && <IntakeTable list={list.data} onReload={reload} />}
      </SectionCard>
    </Flex>
  );
}

function EnvelopeCard({ entry }: { entry: IntakeLookup }) {
  const t = useT();
  const { application } = entry;
  return (
    <div data-testid="intake-found" style={{ marginTop: 16 }}>
      <Descriptions
        bordered
        size="small"
        column={1}
        title={
          <Space wrap>
            <span className="jx-name">{application.name}</span>
            <Tag color={stateColours[entry.state]}>{t(stateKey(entry.state))}</Tag>
          </Space>
        }
        items={[
          {
            key: 'award',
            label: t('applications.column.award'),
            children: t.message(awardLabels[application.award]),
          },
          {
            key: 'recommender',
            label: t('intake.recommender'),
            children: t.message(application.recommender.name),
          },
          { key: 'employer', label: t('intake.employer'), children: t.message(application.employer.name) },
          {
            key: 'status',
            label: t('applications.column.status'),
            children: <StatusTag status={application.status} />,
          },
          ...(entry.receivedOn
            ? [{ key: 'received', label: t('intake.receivedOn'), children: entry.receivedOn }]
            : []),
        ]}
      />
      <Link to={`/applications/${application.id}`} data-testid="intake-open">
        <Button type="primary" style={{ marginTop: 12 }}>
          {application.status === 'at_bureau' ? t('intake.open.receive') : t('intake.open.view')}
        </Button>
      </Link>
    </div>
  );
}

function IntakeTable({ list, onReload }: { list: IntakeList; onReload: () => void }) {
  const t = useT();
  return (
    <Flex vertical gap={12}>
      {list.recommenders.length === 0 && (
        <Typography.Text type="secondary">{t('intake.list.empty')}</Typography.Text>
      )}
      {/* per recommender, its counts as tags that wrap: a table of five columns does not fit a phone */}
      {list.recommenders.map((row) => (
        <Flex key={row.recommender.id} wrap gap={8} align="center" data-testid="intake-counts">
          <Typography.Text strong>{t.message(row.recommender.name)}</Typography.Text>
          {(['received', 'returned', 'awaiting', 'late'] as const).map((state) => (
            <Tag key={state} color={row[state] > 0 ? stateColours[state] : 'default'} className="jx-wrap">
              {t(stateKey(state))} {row[state]}
            </Tag>
          ))}
        </Flex>
      ))}
      <Table
        size="small"
        data-testid="intake-list"
        rowKey={(row) => row.application.id}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        dataSource={list.items}
        locale={{ emptyText: t('intake.list.empty') }}
        columns={[
          {
            key: 'name',
            title: t('applications.column.name'),
            render: (_, row) => (
              <Link to={`/applications/${row.application.id}`} className="jx-name">
                {row.application.name}
              </Link>
            ),
          },
          {
            key: 'recommender',
            title: t('intake.recommender'),
            render: (_, row) => t.message(row.application.recommender.name),
          },
          {
            key: 'state',
            title: t('intake.state'),
            render: (_, row) => (
              <Tag color={stateColours[row.state]} className="jx-wrap">
                {t(stateKey(row.state))}
              </Tag>
            ),
          },
          { key: 'receivedOn', title: t('intake.receivedOn'), render: (_, row) => row.receivedOn ?? '—' },
        ]}
      />
      <div>
        <Button onClick={onReload}>{t('intake.list.reload')}</Button>
      </div>
    </Flex>
  );
}
