import { type ApplicationStatus, statusHolder, terminalStatuses } from '../../../domain/workflow';
import type { MessageKey } from '../../i18n/translate';

/**
 * What happens next to a candidate's application, told by who holds it now (domain `statusHolder`):
 * the unit, the recommender, the bureau or the talent office; once approved, the award; once ended, that.
 */
export function candidateNextStep(status: ApplicationStatus): MessageKey {
  if (status === 'approved' || status === 'awarded' || status === 'prize_paid')
    return 'home.candidate.next.awarded';
  if (terminalStatuses.includes(status)) return 'home.candidate.next.closed';
  const holder = statusHolder[status];
  return holder === 'employer'
    ? 'home.candidate.next.employer'
    : holder === 'recommender'
      ? 'home.candidate.next.recommender'
      : holder === 'bureau'
        ? 'home.candidate.next.bureau'
        : 'home.candidate.next.talent_office';
}
