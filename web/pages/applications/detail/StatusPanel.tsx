import { Alert, Button, Flex, Input, Progress, Tag, Typography } from 'antd';
import type { KeyboardEvent } from 'react';
import {
  type ApplicationField,
  type AttachmentKind,
  annex2FieldLabels,
  attachmentKindLabels,
} from '../../../../domain/application';
import type { Finding } from '../../../../domain/eligibility';
import { useT } from '../../../i18n/LocaleProvider';

/** Long labels (the skill-certificate kind) wrap inside the side panel instead of running out of it. */
const wrappingTag = { cursor: 'pointer', whiteSpace: 'normal', maxWidth: '100%', height: 'auto' } as const;

/** A chip that leads to what is missing, reached and used by keyboard as well as by mouse (WCAG 2.1.1). */
const chipAction = (go: () => void) => ({
  role: 'button',
  tabIndex: 0,
  onClick: go,
  onKeyDown: (event: KeyboardEvent) => {
    if (event.key !== 'Enter' && event.key !== ' ') return;
    event.preventDefault();
    go();
  },
});

import type { CompletenessView } from '../form/draftForm';

/**
 * 完成度: required fields and required attachments still missing, each a link to where it is filled in.
 */
export function CompletenessIndicator({
  view,
  onGoToField,
  onGoToAttachments,
}: {
  view: CompletenessView;
  onGoToField: (field: ApplicationField) => void;
  onGoToAttachments: () => void;
}) {
  const t = useT();
  const complete = view.missing.length === 0 && view.missingAttachments.length === 0;
  return (
    <Flex vertical gap={8} data-testid="completeness">
      <Progress
        percent={view.percent}
        status={complete ? 'success' : 'active'}
        aria-label={t('completeness.label')}
        format={(percent) => <span data-testid="completeness-percent">{percent}%</span>}
      />
      <Typography.Text type="secondary">
        {t('completeness.summary', {
          filled: view.filled,
          required: view.required,
          attachments: view.missingAttachments.length,
        })}
      </Typography.Text>
      {view.missing.length > 0 && (
        <Flex wrap gap={4} role="group" aria-label={t('completeness.missingFields')}>
          {view.missing.map((field) => (
            <Tag key={field} color="orange" style={wrappingTag} {...chipAction(() => onGoToField(field))}>
              {t.message(annex2FieldLabels[field])}
            </Tag>
          ))}
        </Flex>
      )}
      {view.missingAttachments.length > 0 && (
        <Flex wrap gap={4} role="group" aria-label={t('completeness.missingAttachments')}>
          {view.missingAttachments.map((kind) => (
            <Tag key={kind} color="red" style={wrappingTag} {...chipAction(onGoToAttachments)}>
              {t.message(attachmentKindLabels[kind as AttachmentKind])}
            </Tag>
          ))}
        </Flex>
      )}
      {complete && <Alert type="success" showIcon title={t('completeness.complete')} />}
    </Flex>
  );
}

/**
 * What the eligibility rules say about the draft. Errors must be fixed; a warning (e.g. a grand-award
 * candidate who is not a former technical expert) stays, with a written justification.
 */
export function FindingsPanel({
  findings,
  justifications,
  editable,
  onJustify,
  onGoToField,
}: {
  findings: Finding[];
  justifications: Record<string, string>;
  editable: boolean;
  onJustify: (code: string, text: string) => void;
  onGoToField: (field: ApplicationField) => void;
}) {
  const t = useT();
  if (findings.length === 0) return null;
  return (
    <Flex vertical gap={8} data-testid="findings">
      {findings.map((finding) => (
        <Alert
          key={`${finding.code}:${finding.field ?? ''}`}
          type={finding.severity === 'error' ? 'error' : 'warning'}
          showIcon
          title={t.message(finding.message)}
          description={
            <Flex vertical gap={6}>
              {finding.field && (
                <Button
                  type="link"
                  size="small"
                  style={{ padding: 0, alignSelf: 'flex-start' }}
                  onClick={() => finding.field && onGoToField(finding.field)}
                >
                  {t('findings.goTo', { field: t.message(annex2FieldLabels[finding.field]) })}
                </Button>
              )}
              {finding.severity === 'warning' && (
                <Input.TextArea
                  aria-label={t('findings.justification')}
                  placeholder={t('findings.justificationPlaceholder')}
                  autoSize={{ minRows: 2, maxRows: 6 }}
                  value={justifications[finding.code] ?? ''}
                  disabled={!editable}
                  onChange={(event) => onJustify(finding.code, event.target.value)}
                />
              )}
            </Flex>
          }
        />
      ))}
    </Flex>
  );
}
