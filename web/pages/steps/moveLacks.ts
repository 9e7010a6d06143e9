import { annex2FieldLabels, attachmentKindLabels } from '../../../domain/application';
import type { Locale } from '../../../domain/message';
import type { MoveCheck } from '../../api/steps';
import type { Translator } from '../../i18n/LocaleProvider';

/**
 * Why a move cannot be taken for one candidate, in words that say what to do: the server's guard messages,
 * with "申报材料不齐全" spelled out as the fields still empty and the papers not yet uploaded, and the rules
 * not met or still to be justified named one by one. Empty when
 * the move can be taken.
 */
export function lacksOf(check: MoveCheck, t: Translator, locale: Locale): string[] {
  if (!check.offered) return [t('steps.lack.notOffered')];
  const list = (labels: string[]) =>
    new Intl.ListFormat(locale, { type: 'conjunction', style: 'narrow' }).format(labels);
  return check.blockedBy.flatMap((blocker) => {
    if (blocker.code === 'workflow.eligibility_errors' && check.ruleErrors.length > 0)
      return check.ruleErrors.map((rule) => t('steps.lack.ruleError', { rule: t.message(rule) }));
    if (blocker.code === 'workflow.warning_unjustified' && check.unjustifiedWarnings.length > 0)
      return check.unjustifiedWarnings.map((rule) => t('steps.lack.justify', { rule: t.message(rule) }));
    if (blocker.code !== 'workflow.materials_incomplete') return [t.message(blocker.message)];
    const parts = [];
    if (check.missingFields.length > 0)
      parts.push(
        t('steps.lack.fields', {
          list: list(check.missingFields.map((field) => t.message(annex2FieldLabels[field]))),
        }),
      );
    if (check.missingAttachments.length > 0)
      parts.push(
        t('steps.lack.attachments', {
          list: list(check.missingAttachments.map((kind) => t.message(attachmentKindLabels[kind]))),
        }),
      );
    return parts.length > 0 ? parts : [t.message(blocker.message)];
  });
}
