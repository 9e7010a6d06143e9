import { describe, expect, it } from 'vitest';
import type { ApplicationStatus } from '../../../domain/workflow';
import type { ApprovalList } from '../../api/approval';
import type { Notice } from '../../api/steps';
import {
  approvalEntryOf,
  byStage,
  cityNoticesOf,
  formatRatio,
  formatScore,
  formatYuan,
  isCompetitive,
  proposalMoves,
  selectionProgress,
} from './selectionModel';

const app = (id: string, status: ApplicationStatus) => ({ id, status });

describe('the sections of the selection screen', () => {
  it('puts each candidate in the section of the move that starts from its status', () => {
    const stages = byStage([
      app('a', 'in_review'),
      app('b', 'proposed'),
      app('c', 'city_notice'),
      app('d', 'city_noticed'),
      app('e', 'pending_approval'),
      app('f', 'approved'),
      app('g', 'awarded'),
      app('h', 'prize_paid'),
      app('i', 'not_proposed'),
    ]);
    const ids = (list: { id: string }[]) => list.map((a) => a.id);
    expect(ids(stages.toNotice)).toEqual(['b']);
    expect(ids(stages.onNotice)).toEqual(['c']);
    expect(ids(stages.noticed)).toEqual(['d']);
    expect(ids(stages.pending)).toEqual(['e']);
    expect(ids(stages.approved)).toEqual(['f']);
    expect(ids(stages.winners)).toEqual(['g', 'h']);
  });

  it('shows the progress: waiting where candidates are, done where all went past, the first waiting current', () => {
    const progress = selectionProgress(['city_noticed', 'awarded', 'prize_paid']);
    expect(progress.steps.map((s) => [s.section, s.count, s.state])).toEqual([
      ['review', 0, 'finish'],
      ['notice', 0, 'finish'],
      ['approval', 1, 'process'],
      ['decision', 0, 'finish'],
      ['prizes', 1, 'process'],
    ]);
    expect(progress.current).toBe(2);
    // nobody yet: every step waits; all paid: the last one is current and done
    expect(selectionProgress([]).steps.every((s) => s.state === 'wait')).toBe(true);
    expect(selectionProgress(['not_proposed']).current).toBe(0);
    const paid = selectionProgress(['prize_paid']);
    expect(paid.steps.every((s) => s.state === 'finish')).toBe(true);
    expect(paid.current).toBe(4);
  });
});

describe('the proposal', () => {
  const item = (
    applicationId: string,
    status: ApplicationStatus,
    outcome: 'proposed' | 'not_proposed' | 'undecided',
  ) => ({
    applicationId,
    status,
    outcome,
  });

  it('proposes the winners and marks the others among the candidates still in review', () => {
    const items = [
      item('w1', 'in_review', 'proposed'),
      item('w2', 'proposed', 'proposed'),
      item('l1', 'in_review', 'not_proposed'),
      item('t1', 'in_review', 'undecided'),
      item('t2', 'in_review', 'undecided'),
    ];
    const moves = proposalMoves(items, { applicationIds: ['t1', 't2'] });
    expect(moves.toPropose.map((i) => i.applicationId)).toEqual(['w1']);
    expect(moves.toNotPropose.map((i) => i.applicationId)).toEqual(['l1']);
    expect(moves.tied.map((i) => i.applicationId)).toEqual(['t1', 't2']);
    expect(proposalMoves(items, null).tied).toEqual([]);
  });

  it('says whether the selection is competitive and prints the ratio, scores and amounts', () => {
    expect(isCompetitive(15, 10)).toBe(true);
    expect(isCompetitive(4, 10)).toBe(false);
    expect(isCompetitive(10, 10)).toBe(false);
    expect(formatRatio(1.5, 'zh-CN')).toBe('1.5 : 1');
    expect(formatRatio(0.4, 'en-US')).toBe('0.4 : 1');
    expect(formatRatio(2 / 3, 'zh-CN')).toBe('0.67 : 1');
    expect(formatRatio(null, 'zh-CN')).toBeNull();
    expect(formatScore(85, 'zh-CN')).toBe('85.00');
    expect(formatScore(88.3333, 'en-US')).toBe('88.33');
    expect(formatScore(null, 'zh-CN')).toBeNull();
    expect(formatYuan(10_000, 'zh-CN')).toBe('10,000');
    expect(formatYuan(5_000, 'en-US')).toBe('5,000');
  });
});

describe('what the screen reads from the notices and the approval list', () => {
  const notice = (
    id: string,
    startDate: string,
    items: [string, 'grand_award' | 'technical_expert', ApplicationStatus][],
    level: Notice['level'] = 'city',
  ) =>
    ({
      id,
      level,
      startDate,
      items: items.map(([applicationId, award, status]) => ({ applicationId, award, status })),
    }) as unknown as Notice;

  it('keeps the city notices of the award whose candidates are on notice or just off it, newest first', () => {
    const notices = [
      notice('old', '2026-12-01', [['a', 'technical_expert', 'city_noticed']]),
      notice('new', '2026-12-07', [['b', 'technical_expert', 'city_notice']]),
      notice('done', '2026-11-20', [['c', 'technical_expert', 'pending_approval']]),
      notice('other', '2026-12-07', [['d', 'grand_award', 'city_notice']]),
      notice('unit', '2026-12-07', [['e', 'technical_expert', 'unit_notice']], 'unit'),
    ];
    expect(cityNoticesOf(notices, 'technical_expert').map((n) => n.id)).toEqual(['new', 'old']);
    expect(cityNoticesOf(notices, 'grand_award').map((n) => n.id)).toEqual(['other']);
  });

  it("finds the award's id and the talent office's standing returns", () => {
    const list = {
      awards: [
        {
          awardId: 'award-te',
          award: 'technical_expert',
          reviewOpinion: true,
          items: [
            {
              applicationId: 'r',
              status: 'city_noticed',
              returned: { at: '2026-12-15T02:00:00Z', reason: '材料不实' },
            },
            { applicationId: 'p', status: 'pending_approval', returned: null },
          ],
        },
      ],
    } as unknown as ApprovalList;
    const entry = approvalEntryOf(list, 'technical_expert');
    expect(entry.awardId).toBe('award-te');
    expect(entry.reviewOpinion).toBe(true);
    expect([...entry.returns.entries()]).toEqual([['r', { at: '2026-12-15T02:00:00Z', reason: '材料不实' }]]);
    expect(approvalEntryOf(list, 'grand_award')).toEqual({
      awardId: null,
      reviewOpinion: false,
      returns: new Map(),
    });
  });
});
