import { ArrowLeftOutlined } from '@ant-design/icons';
import { Alert, Button, Card, Col, Flex, Result, Row, Skeleton, Typography } from 'antd';
import { useState } from 'react';
import { Link, useNavigate } from 'react-router-dom';
import { awardLabels } from '../../../domain/application';
import { type ApplicationDetail, fetchApplication } from '../../api/applications';
import { isApiError } from '../../api/client';
import { type CurrentEdition, fetchCurrentEdition } from '../../api/editions';
import {
  loadReviewCandidates,
  loadScoreSheet,
  type ReviewCandidate,
  type Rubric,
  type ScoreSheet,
} from '../../api/scoring';
import { useApiResource } from '../../api/useApiResource';
import { ApiErrorAlert } from '../../components/ApiErrorAlert';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useT } from '../../i18n/LocaleProvider';
import { ConflictDeclaration } from './ConflictDeclaration';
import { DossierSummary } from './DossierSummary';
import { RubricForm } from './RubricForm';
import { SheetTag } from './SheetTag';

/**
 * `/scoring/:id`: one candidate — the dossier the server lets the expert see (left) beside the rubric and
 * the expert's sheet (right). A candidate outside the expert's scope (conflicted, not on their panel, no
 * such id) answers 404, and the page says only that the candidate is not theirs to score.
 */
export function CandidateScoring({ applicationId }: { applicationId: string }) {
  const t = useT();
  const [loaded, reload] = useApiResource(
    (signal) =>
      Promise.all([
        loadReviewCandidates(signal),
        fetchApplication(applicationId, signal),
        loadScoreSheet(applicationId, signal),
      ]),
    [applicationId],
  );
  const [edition] = useApiResource((signal) => fetchCurrentEdition(signal), []);
  const candidate =
    loaded.status === 'loaded'
      ? loaded.data[0].items.find((item) => item.applicationId === applicationId)
      : undefined;
  useDocumentTitle(
    candidate ? t('scoring.candidate.documentTitle', { name: candidate.label }) : t('scoring.pageTitle'),
  );

  if (loaded.status === 'loading') {
    return (
      <Card>
        <Skeleton active paragraph={{ rows: 8 }} />
      </Card>
    );
  }
  if (loaded.status === 'failed') {
    if (isApiError(loaded.error) && loaded.error.status === 404) return <NotAvailable />;
    return (
      <Flex vertical gap={16}>
        <BackLink />
        <ApiErrorAlert
          error={loaded.error}
          title={t('scoring.candidate.loadFailed')}
          action={
            <Button size="small" onClick={reload}>
              {t('common.retry')}
            </Button>
          }
        />
      </Flex>
    );
  }
  if (!candidate) return <NotAvailable />;

  const [list, detail, sheet] = loaded.data;
  return (
    <CandidateWorkspace
      candidate={candidate}
      candidates={list.items}
      rubric={list.rubrics.find((r) => r.award === candidate.award)}
      detail={detail}
      initialSheet={sheet}
      edition={edition.status === 'loaded' ? edition.data : undefined}
    />
  );
}

/** The loaded candidate: the header with the sheet's state, the dossier, the rubric; the sheet as it was last saved. */
function CandidateWorkspace({
  candidate,
  candidates,
  rubric,
  detail,
  initialSheet,
  edition,
}: {
  candidate: ReviewCandidate;
  candidates: ReviewCandidate[];
  rubric: Rubric | undefined;
  detail: ApplicationDetail;
  initialSheet: ScoreSheet;
  edition: CurrentEdition | undefined;
}) {
  const t = useT();
  const [sheet, setSheet] = useState(initialSheet);
  const reviewOpen = detail.status === 'in_review';
  return (
    <Flex vertical gap={16}>
      <Card size="small">
        <Flex justify="space-between" align="center" wrap gap={12}>
          <Flex vertical gap={4} style={{ minWidth: 0 }}>
            <BackLink />
            <Typography.Title level={1} style={{ fontSize: 22, margin: 0 }}>
              {candidate.label}
            </Typography.Title>
            <Flex wrap gap={8} align="center">
              <SheetTag state={sheet.status} />
              <Typography.Text type="secondary">{t.message(awardLabels[candidate.award])}</Typography.Text>
            </Flex>
          </Flex>
          {reviewOpen && <ConflictDeclaration candidate={candidate} />}
        </Flex>
      </Card>
      <Row gutter={[16, 16]}>
        <Col xs={24} lg={12}>
          <DossierSummary candidate={candidate} detail={detail} edition={edition} />
        </Col>
        <Col xs={24} lg={12}>
          {rubric ? (
            <RubricForm
              candidate={candidate}
              candidates={candidates}
              rubric={rubric}
              sheet={sheet}
              onSheet={setSheet}
              reviewOpen={reviewOpen}
            />
          ) : (
            <Alert type="warning" showIcon title={t('scoring.noRubric')} />
          )}
        </Col>
      </Row>
    </Flex>
  );
}

function BackLink() {
  const t = useT();
  return (
    <Link to="/scoring">
      <ArrowLeftOutlined /> {t('scoring.backToList')}
    </Link>
  );
}

function NotAvailable() {
  const t = useT();
  const navigate = useNavigate();
  return (
    <Card>
      <Result
        status="info"
        title={
          <Typography.Title level={1} style={{ fontSize: 20, margin: 0 }}>
            {t('scoring.unavailable.title')}
          </Typography.Title>
        }
        subTitle={t('scoring.unavailable.text')}
        extra={
          <Button type="primary" onClick={() => navigate('/scoring')}>
            {t('scoring.backToList')}
          </Button>
        }
        data-testid="scoring-unavailable"
      />
    </Card>
  );
}
