import { Alert, App, Button, Descriptions, Flex, Form, Input, InputNumber, Typography } from 'antd';
import dayjs from 'dayjs';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { SCORE_STEP } from '../../../domain/review/inputs';
import { isApiError } from '../../api/client';
import {
  loadScoreSheet,
  type ReviewCandidate,
  type Rubric,
  type ScoreSheet,
  type ScoreSheetPayload,
  saveScoreSheet,
  submitScoreSheet,
} from '../../api/scoring';
import { useAction } from '../../api/useAction';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { SectionCard } from '../../components/SectionCard';
import { useT } from '../../i18n/LocaleProvider';
import {
  criterionErrorsOf,
  criterionProblem,
  fullMarks,
  liveTotal,
  nextToScore,
  payloadOf,
  type SheetValues,
  valuesOfSheet,
} from './sheetForm';
import { useUnsavedScoresGuard } from './useUnsavedScoresGuard';

const MAX_COMMENT = 2000;
const when = (iso: string | null | undefined) => (iso ? dayjs(iso).format('YYYY-MM-DD HH:mm') : '');

interface Props {
  candidate: ReviewCandidate;
  /** All the expert's candidates, for the next one to score. */
  candidates: readonly ReviewCandidate[];
  rubric: Rubric;
  sheet: ScoreSheet;
  onSheet: (sheet: ScoreSheet) => void;
  /** The candidate is still in review (after it, the server refuses any change). */
  reviewOpen: boolean;
}

/**
 * The rubric as a score sheet: one number per criterion (0 to its maximum, in half points) with its
 * guidance, the live total, 保存 (a draft) and 提交 (after a confirmation: locked from then on). A submitted
 * sheet, or one of a candidate whose review is over, is shown read-only.
 */
export function RubricForm(props: Props) {
  const t = useT();
  const locked = props.sheet.status === 'submitted' || !props.reviewOpen;
  return (
    <SectionCard
      title={t('scoring.rubric.title')}
      intro={locked ? undefined : t('scoring.rubric.intro', { step: SCORE_STEP })}
    >
      {locked ? <LockedSheet {...props} /> : <EditableSheet {...props} />}
    </SectionCard>
  );
}

function EditableSheet({ candidate, rubric, sheet, onSheet }: Props) {
  const t = useT();
  const { message, modal } = App.useApp();
  const [form] = Form.useForm<SheetValues>();
  const [dirty, setDirty] = useState(false);
  const submitting = useRef(false);
  useUnsavedScoresGuard(dirty);
  const scores = Form.useWatch('scores', form) as SheetValues['scores'] | undefined;
  const { criteria } = rubric;
  const full = fullMarks(criteria);
  const total = liveTotal(criteria, { scores: scores ?? valuesOfSheet(sheet).scores, comment: '' });

  const send = async (submit: boolean) => {
    const payload: ScoreSheetPayload = payloadOf(criteria, form.getFieldsValue(true) as SheetValues);
    try {
      const saved = submit
        ? await submitScoreSheet(candidate.applicationId, payload)
        : await saveScoreSheet(candidate.applicationId, payload);
      setDirty(false);
      onSheet(saved);
      message.success(t(submit ? 'scoring.rubric.submitted' : 'scoring.rubric.saved'));
    } catch (error) {
      if (isApiError(error)) {
        const placed = criterionErrorsOf(payload, error.fields);
        form.setFields(
          [...placed].map(([criterionId, messages]) => ({
            name: ['scores', criterionId],
            errors: messages.map((m) => t.message(m)),
          })),
        );
        // submitted elsewhere meanwhile, or the review closed: show the sheet as it now stands
        if (error.code === 'sheet.locked' || error.code === 'sheet.review_closed') {
          onSheet(await loadScoreSheet(candidate.applicationId));
        }
      }
      throw error;
    }
  };
  const save = useAction(() => send(false));
  const submit = useAction(() => send(true));

  const checked = async (forSubmission: boolean) => {
    submitting.current = forSubmission;
    try {
      await form.validateFields();
      return true;
    } catch {
      return false;
    }
  };
  const onSave = async () => {
    if (await checked(false)) void save.run();
  };
  const onSubmit = async () => {
    if (!(await checked(true))) return;
    modal.confirm({
      title: t('scoring.confirm.title'),
      content: (
        <div data-testid="submit-confirmation">
          <p>{t('scoring.confirm.text')}</p>
          <p style={{ marginBottom: 0 }}>
            {t('scoring.confirm.summary', { name: candidate.label, total, full })}
          </p>
        </div>
      ),
      okText: t('scoring.confirm.ok'),
      cancelText: t('common.cancel'),
      onOk: () => submit.run(),
    });
  };

  const failed = save.error ?? submit.error;
  return (
    <Flex vertical gap={12}>
      {sheet.reopened && (
        <Alert
          type="warning"
          showIcon
          data-testid="sheet-reopened"
          title={t('scoring.rubric.reopened', { at: when(sheet.reopened.at) })}
          description={t('scoring.rubric.reopenedReason', { reason: sheet.reopened.reason })}
        />
      )}
      {sheet.status === 'draft' && !dirty && (
        <Typography.Text type="secondary" data-testid="sheet-saved-at">
          {t('scoring.rubric.savedAt', { at: when(sheet.savedAt) })}
        </Typography.Text>
      )}
      <Form<SheetValues>
        form={form}
        name="score-sheet"
        layout="vertical"
        initialValues={valuesOfSheet(sheet)}
        onValuesChange={() => setDirty(true)}
        onFinish={() => void onSave()}
      >
        {criteria.map((criterion, index) => {
          const guidance = t.message(criterion.guidance);
          return (
            <Form.Item
              key={criterion.id}
              name={['scores', criterion.id]}
              label={t('scoring.rubric.criterionLabel', {
                no: index + 1,
                name: t.message(criterion.name),
                max: criterion.maxScore,
              })}
              extra={guidance || undefined}
              rules={[
                {
                  validator: (_, value: number | null | undefined) => {
                    const problem = criterionProblem(criterion, value, submitting.current);
                    return problem ? Promise.reject(new Error(t.message(problem))) : Promise.resolve();
                  },
                },
              ]}
            >
              <InputNumber
                step={SCORE_STEP}
                inputMode="decimal"
                suffix={t('scoring.rubric.unit')}
                style={{ width: 160 }}
                data-testid={`score-${criterion.code}`}
              />
            </Form.Item>
          );
        })}
        <Form.Item name="comment" label={t('scoring.rubric.comment')}>
          <Input.TextArea rows={3} maxLength={MAX_COMMENT} showCount />
        </Form.Item>
      </Form>
      <div aria-live="polite" data-testid="sheet-total">
        <Typography.Text strong style={{ fontSize: 16 }}>
          {t('scoring.rubric.totalLine', { total, full })}
        </Typography.Text>
      </div>
      {failed !== null && (
        <ApiErrorAlert
          error={failed}
          title={t(submit.error ? 'scoring.rubric.submitFailed' : 'scoring.rubric.saveFailed')}
        />
      )}
      <Flex wrap gap={8}>
        <Button onClick={() => void onSave()} loading={save.busy} disabled={submit.busy}>
          {t('scoring.rubric.save')}
        </Button>
        <Button type="primary" onClick={() => void onSubmit()} loading={submit.busy} disabled={save.busy}>
          {t('scoring.rubric.submit')}
        </Button>
      </Flex>
    </Flex>
  );
}

function LockedSheet({ candidate, candidates, rubric, sheet }: Props) {
  const t = useT();
  const given = new Map(sheet.scores.map((s) => [s.criterionId, s.score]));
  const next = nextToScore(candidates, candidate.applicationId);
  const submitted = sheet.status === 'submitted';
  return (
    <Flex vertical gap={12} data-testid="sheet-locked">
      <Alert
        type="info"
        showIcon
        title={
          submitted
            ? t('scoring.rubric.lockedNote', { at: when(sheet.submittedAt) })
            : t('scoring.rubric.closedNote')
        }
      />
      <Descriptions
        bordered
        size="small"
        column={1}
        items={[
          ...rubric.criteria.map((criterion, index) => {
            const score = given.get(criterion.id);
            return {
              key: criterion.id,
              label: `${index + 1}. ${t.message(criterion.name)}`,
              children:
                score === undefined
                  ? t('scoring.rubric.notScored')
                  : t('scoring.rubric.scoreOf', { score, max: criterion.maxScore }),
            };
          }),
          {
            key: 'total',
            label: t('scoring.rubric.total'),
            children: (
              <Typography.Text strong>
                {t('scoring.rubric.totalValue', {
                  total: sheet.total ?? 0,
                  full: fullMarks(rubric.criteria),
                })}
              </Typography.Text>
            ),
          },
          ...(sheet.comment
            ? [{ key: 'comment', label: t('scoring.rubric.comment'), children: sheet.comment }]
            : []),
        ]}
      />
      {submitted &&
        (next ? (
          <Link to={`/scoring/${next.applicationId}`} data-testid="next-candidate">
            {t('scoring.rubric.next', { name: next.label })}
          </Link>
        ) : (
          <Typography.Text type="secondary">{t('scoring.rubric.allDone')}</Typography.Text>
        ))}
    </Flex>
  );
}
