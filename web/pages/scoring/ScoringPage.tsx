import { Result } from 'antd';
import { useParams } from 'react-router-dom';
import { useT } from '../../i18n/LocaleProvider';
import { useSignedInSession } from '../../session/SessionProvider';
import { CandidateList } from './CandidateList';
import { CandidateScoring } from './CandidateScoring';

/**
 * 专家评分: `/scoring` lists the expert's candidates per award with their sheets and the progress;
 * `/scoring/:id` shows one candidate's dossier beside the rubric to score them.
 */
export function ScoringPage() {
  const t = useT();
  const session = useSignedInSession();
  const { id } = useParams();
  if (!session.permissions.includes('scoreCandidates')) {
    return <Result status="403" title={t('scoring.pageTitle')} subTitle={t('scoring.onlyExperts')} />;
  }
  return id === undefined ? <CandidateList /> : <CandidateScoring key={id} applicationId={id} />;
}
