import type { AwardCode } from '../../../domain/roles';
import { type ApplicationSummary, listAllApplications } from '../../api/applications';
import { loadApprovalList } from '../../api/approval';
import { type DecisionDocument, fetchSelection, listDecisions, type Selection } from '../../api/selection';
import { listNotices, type Notice } from '../../api/steps';
import { useApiResource } from '../../api/useApiResource';
import { type ApprovalReturn, approvalEntryOf, cityNoticesOf } from './selectionModel';

export interface AwardSelectionData {
  /** null while the award is not in the current edition's approval list (no such award). */
  awardId: string | null;
  /** The experts' ranking and the proposal; null without an award id. */
  selection: Selection | null;
  /** Whether the experts' review opinion can be printed (the ranking is complete). */
  reviewOpinion: boolean;
  /** Every application of the award the bureau sees. */
  applications: ApplicationSummary[];
  /** The city notices that still concern the award's candidates, newest first. */
  notices: Notice[];
  /** The talent office's standing returns, by application. */
  returns: Map<string, ApprovalReturn>;
  /** The edition's published decisions. */
  decisions: DecisionDocument[];
}

/**
 * Everything the selection screen shows of one award, read together and again after each move: the award's
 * id and the talent office's returns from the approval list, then the selection, the applications, the
 * city notices and the decisions.
 */
async function loadAwardSelection(award: AwardCode, signal: AbortSignal): Promise<AwardSelectionData> {
  const [approval, applications, notices, decisions] = await Promise.all([
    loadApprovalList(signal),
    listAllApplications({ award }, signal),
    listNotices('city', signal),
    listDecisions(signal),
  ]);
  const { awardId, reviewOpinion, returns } = approvalEntryOf(approval, award);
  const selection = awardId ? await fetchSelection(awardId, signal) : null;
  return {
    awardId,
    selection,
    reviewOpinion,
    applications,
    notices: cityNoticesOf(notices, award),
    returns,
    decisions,
  };
}

export function useAwardSelection(award: AwardCode) {
  return useApiResource((signal) => loadAwardSelection(award, signal), [award]);
}
