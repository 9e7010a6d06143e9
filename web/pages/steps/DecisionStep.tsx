import { UploadOutlined } from '@ant-design/icons';
import { Alert, App, Button, Col, Empty, Flex, Form, Input, Row, Upload } from 'antd';
import dayjs from 'dayjs';
import { useMemo, useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { stepLevels } from '../../../domain/workflow';
import type { ApplicationSummary, Attachment } from '../../api/applications';

import { checkMove, decisionMinutesUrl, recordDecision } from '../../api/steps';
import { uploadMultipart } from '../../api/upload';
import { useAction } from '../../api/useAction';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { acceptFor } from '../applications/attachments/AttachmentsPanel';
import { DateItem } from '../applications/form/inputs';
import { ApplicationPicker } from './ApplicationPicker';
import { lacksOf } from './moveLacks';
import { keepEnterInField, useConfirmMove } from './stepGuards';
import { levelText, type PageLevel } from './stepLevel';

interface DecisionValues {
  decidedOn?: string;
  participants?: string;
  summary?: string;
}

/**
 * 领导集体研究决定 at `level` (the unit's, the recommender's): the meeting's date, participants and
 * minutes, recorded on the ticked applications at once, after a confirmation naming them. The minutes are
 * uploaded first, on their own (`POST /api/decision-minutes`): they are the decision's one file, which the
 * server then lists with every application the decision covers. A candidate the server would refuse (materials incomplete, an eligibility error, a warning not yet
 * justified) cannot be ticked, and what it lacks is named.
 */
export function DecisionStep({
  level,
  applications,
  initiallySelected,
  onDone,
}: {
  level: PageLevel;
  applications: ApplicationSummary[];
  initiallySelected: string[];
  onDone: () => void;
}) {
  const t = useT();
  const { locale } = useLocale();
  const { message } = App.useApp();
  const confirm = useConfirmMove();
  const [form] = Form.useForm<DecisionValues>();
  const [selected, setSelected] = useState(
    initiallySelected.filter((id) => applications.some((a) => a.id === id)),
  );
  const ids = applications.map((a) => a.id);
  const [checks] = useApiResource(
    (signal) => checkMove(stepLevels[level].decide, ids, signal),
    [level, ids.join()],
  );
  const lacks = useMemo(() => {
    const byId: Record<string, string[]> = {};
    if (checks.status !== 'loaded') return byId;
    for (const check of checks.data) {
      const found = lacksOf(check, t, locale);
      if (found.length > 0) byId[check.applicationId] = found;
    }
    return byId;
  }, [checks, t, locale]);
  // the tick box's tooltip: every lack, one a line
  const blocked = useMemo(
    () => Object.fromEntries(Object.entries(lacks).map(([id, found]) => [id, found.join('\n')])),
    [lacks],
  );
  const ticked = selected.filter((id) => !blocked[id]);
  const [minutes, setMinutes] = useState<File | null>(null);
  // the minutes uploaded for this file: a retry after a refusal names them again instead of a second copy
  const uploaded = useRef<{ file: File; id: string } | null>(null);
  const decide = useAction(
    async (
      [first, ...others]: [string, ...string[]],
      values: Required<Pick<DecisionValues, 'decidedOn' | 'participants'>> & DecisionValues,
      file: File,
    ) => {
      if (uploaded.current?.file !== file) {
        const attachment = await uploadMultipart<Attachment>(decisionMinutesUrl, {
          fields: {},
          file,
          fileName: file.name,
        });
        uploaded.current = { file, id: attachment.id };
      }
      const ids = [first, ...others];
      await recordDecision(level, {
        applicationIds: ids,
        decidedOn: values.decidedOn,
        participants: values.participants.trim(),
        summary: values.summary?.trim() || undefined,
        minutesAttachmentId: uploaded.current.id,
      });
      message.success(t('steps.decision.done', { count: ids.length }));
      form.resetFields();
      setMinutes(null);
      setSelected([]);
      onDone();
    },
  );

  if (applications.length === 0)
    return <Empty image={Empty.PRESENTED_IMAGE_SIMPLE} description={t('steps.decision.empty')} />;

  const submit = (values: DecisionValues) => {
    const [first, ...others] = ticked;
    const { decidedOn, participants } = values;
    if (first === undefined) {
      message.error(t('steps.decision.noneSelected'));
    } else if (!decidedOn || !participants?.trim()) {
      message.error(t('steps.decision.required'));
    } else if (!minutes) {
      message.error(t('steps.decision.minutesRequired'));
    } else {
      confirm({
        title: t('steps.decision.confirmTitle'),
        consequence: t('steps.decision.confirm', { next: t(levelText(level, 'step.notice')) }),
        names: applications.filter((a) => ticked.includes(a.id)).map((a) => a.name),
        okText: t('steps.decision.submit'),
        onOk: () => decide.run([first, ...others], { ...values, decidedOn, participants }, minutes),
      });
    }
  };
  const blockedHere = applications.filter((a) => blocked[a.id]);

  return (
    <Flex vertical gap={12}>
      <ApplicationPicker
        applications={applications}
        selected={ticked}
        onChange={setSelected}
        testId="decision-picker"
        blocked={blocked}
        checking={checks.status === 'loading'}
      />
      {checks.status === 'failed' && (
        <ApiErrorAlert error={checks.error} title={t('steps.lack.checkFailed')} />
      )}
      {blockedHere.length > 0 && (
        <Alert
          type="warning"
          showIcon
          data-testid="decision-blocked"
          title={t('steps.decision.blocked', { count: blockedHere.length })}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {blockedHere.map((a) => (
                <li key={a.id} data-testid={`blocked-${a.id}`}>
                  <Link to={`/applications/${a.id}`}>{a.name}</Link>
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {(lacks[a.id] ?? []).map((lack) => (
                      <li key={lack}>{lack}</li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          }
        />
      )}
      <Form<DecisionValues>
        form={form}
        layout="vertical"
        onFinish={submit}
        onKeyDown={keepEnterInField}
        initialValues={{ decidedOn: dayjs().format('YYYY-MM-DD') }}
      >
        <Row gutter={16}>
          <Col xs={24} sm={8}>
            <DateItem name="decidedOn" label={t('steps.decision.decidedOn')} required />
          </Col>
          <Col xs={24} sm={16}>
            <Form.Item name="participants" label={t('steps.decision.participants')} required>
              <Input placeholder={t('steps.decision.participantsHint')} />
            </Form.Item>
          </Col>
        </Row>
        <Form.Item name="summary" label={t('steps.decision.summary')}>
          <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} />
        </Form.Item>
        <Form.Item label={t('steps.decision.minutes')} required>
          <Upload
            accept={acceptFor('decision_minutes')}
            maxCount={1}
            beforeUpload={(file) => {
              setMinutes(file);
              return false;
            }}
            onRemove={() => setMinutes(null)}
            fileList={minutes ? [{ uid: 'minutes', name: minutes.name, status: 'done' }] : []}
          >
            <Button icon={<UploadOutlined />} data-testid="minutes-pick">
              {t('steps.decision.minutesPick')}
            </Button>
          </Upload>
        </Form.Item>
        {decide.error !== null && (
          <div style={{ marginBottom: 12 }}>
            <ApiErrorAlert error={decide.error} />
          </div>
        )}
        <Button type="primary" htmlType="submit" loading={decide.busy} disabled={ticked.length === 0}>
          {t('steps.decision.submit')}
        </Button>
      </Form>
    </Flex>
  );
}
