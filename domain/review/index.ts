/** Step 4 of the work plan (综合评审): the experts' panel drawn with avoidance, and the aggregation of their scores. */
export {
  type Aggregation,
  aggregateScore,
  aggregations,
  type CandidateTotals,
  competitionRatio,
  type Proposal,
  proposeWinners,
  type RankedCandidate,
  rankCandidates,
  type TieVote,
  TRIM_MINIMUM,
} from './aggregate';
export {
  type DrawRequest,
  type DrawResult,
  drawPanel,
  eligibleExperts,
  isSeed,
  type PoolExpert,
  xoshiro128,
} from './draw';
