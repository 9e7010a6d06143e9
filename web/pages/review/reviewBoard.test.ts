import { describe, expect, it } from 'vitest';
import { drawPanel } from '../../../domain/review';
import type { EditionAward } from '../../api/editions';
import type {
  CandidateSheet,
  Conflict,
  Expert,
  Panel,
  PanelMember,
  Rubric,
  SelectionCandidate,
} from '../../api/review';
import {
  checkDraw,
  panelFigures,
  poolSpecialties,
  progressRows,
  reviewAwards,
  rubricFormValues,
  rubricMaximum,
  seatableExperts,
  standsAside,
  vetChoices,
} from './reviewBoard';

const member = (expertId: string, over: Partial<PanelMember> = {}): PanelMember => ({
  expertId,
  name: expertId,
  workplace: '长春工业大学',
  title: null,
  role: 'member',
  status: 'seated',
  source: 'manual',
  declineReason: null,
  submitted: 0,
  drafts: 0,
  expected: 4,
  ...over,
});

const panel = (over: Partial<Panel> = {}): Panel => ({
  id: 'panel-1',
  awardId: 'award-te',
  award: 'technical_expert',
  name: '第三届长春技术能手评审组',
  status: 'open',
  seats: 5,
  specialties: [],
  members: [],
  draw: null,
  candidates: 4,
  ...over,
});

const award = (code: EditionAward['code']): EditionAward => ({
  code,
  name: { zh: code, en: code },
  places: 10,
  prizeYuan: 5000,
  minSkillLevel: '3',
  conditions: [],
});

const conflict = (over: Partial<Conflict> = {}): Conflict => ({
  id: 'c1',
  expertId: 'e1',
  expertName: '孙卫东',
  applicationId: 'a1',
  candidateName: '高志远',
  reason: 'relative',
  note: '',
  source: 'expert',
  status: 'active',
  vetNote: null,
  vetted: false,
  ...over,
});

const candidate = (applicationId: string, status: SelectionCandidate['status'] = 'in_review') =>
  ({
    applicationId,
    name: applicationId,
    employer: '一汽',
    status,
    rank: null,
    score: null,
    scores: 0,
    tie: false,
    outcome: 'undecided',
  }) satisfies SelectionCandidate;

const sheet = (expertId: string, over: Partial<CandidateSheet> = {}): CandidateSheet => ({
  expertId,
  applicationId: 'a1',
  status: 'submitted',
  total: 85.5,
  comment: '',
  scores: [],
  savedAt: null,
  submittedAt: null,
  reopened: null,
  ...over,
});

describe('the awards of the review screen', () => {
  it('keeps the edition’s order and takes each award’s id from its panel', () => {
    const awards = reviewAwards([award('grand_award'), award('technical_expert')], [panel()]);
    expect(awards.map((a) => [a.code, a.awardId, a.panel?.id ?? null])).toEqual([
      ['grand_award', null, null],
      ['technical_expert', 'award-te', 'panel-1'],
    ]);
  });
});

describe('a panel’s figures', () => {
  it('counts only the members who take part, and the seats still open', () => {
    const figures = panelFigures(
      panel({
        members: [
          member('e1', { submitted: 4, expected: 4 }),
          member('e2', { submitted: 0, drafts: 1, expected: 3 }),
          member('e3', { status: 'declined', submitted: 2, expected: 4 }),
        ],
      }),
    );
    expect(figures).toEqual({ seated: 2, open: 3, submitted: 4, expected: 7, drafts: 1 });
  });

  it('offers for a manual seat the active experts not on the panel', () => {
    const experts = [
      { id: 'e1', active: true },
      { id: 'e2', active: true },
      { id: 'e3', active: false },
      { id: 'e4', active: true },
    ] as Expert[];
    const on = panel({ members: [member('e1'), member('e2', { status: 'declined' })] });
    expect(seatableExperts(experts, on).map((e) => e.id)).toEqual(['e4']);
  });

  it('lists the pool’s specialties once each', () => {
    const experts = [{ specialties: ['焊工', '电工'] }, { specialties: ['电工', '数控车工'] }] as Expert[];
    expect(poolSpecialties(experts).sort()).toEqual(['数控车工', '焊工', '电工'].sort());
  });
});

describe('the draw recomputed from its revealed seed', () => {
  const seed = 'a'.repeat(16) + '0123456789abcdef'.repeat(3);
  const pool = ['e1', 'e2', 'e3', 'e4', 'e5', 'e6'].map((id, i) => ({
    id,
    specialties: i % 2 === 0 ? ['焊工'] : ['电工'],
  }));
  const request = { seed, pool, specialties: ['焊工', '电工'], conflicted: new Set(['e3']), size: 3 };
  const drawn = drawPanel(request);
  const record = {
    status: 'drawn' as const,
    seedHash: 'f'.repeat(64),
    seed,
    pool,
    conflicted: ['e3'],
    specialties: request.specialties,
    seats: 3,
    order: drawn.order,
    committedAt: '2027-11-02T01:00:00.000Z',
    drawnAt: '2027-11-02T01:05:00.000Z',
  };

  it('agrees with the order the server recorded', () => {
    expect(checkDraw(record)).toEqual({ state: 'verified', order: drawn.order });
    expect(drawn.order).not.toContain('e3');
  });

  it('flags an order the seed and the pool do not give', () => {
    const swapped = [...drawn.order].reverse();
    expect(checkDraw({ ...record, order: swapped }).state).toBe('mismatch');
    expect(checkDraw({ ...record, seed: 'not a seed' }).state).toBe('mismatch');
  });

  it('has nothing to recompute before the draw', () => {
    expect(checkDraw({ ...record, status: 'committed', seed: null, order: null, drawnAt: null })).toEqual({
      state: 'committed',
    });
  });
});

describe('who has scored which candidate', () => {
  const members = [member('e1'), member('e2'), member('e3')];
  const sheets = new Map([
    [
      'a1',
      [
        sheet('e1'),
        sheet('e2', { status: 'draft', reopened: { at: '2027-11-03T00:00:00Z', reason: '漏评' } }),
      ],
    ],
  ]);

  it('gives each member a cell: submitted with the total, draft (reopened or not), not scored, standing aside', () => {
    const rows = progressRows([candidate('a1'), candidate('a2')], members, sheets, [
      conflict({ expertId: 'e3', applicationId: 'a1' }),
    ]);
    expect(rows.map((r) => r.cells.map((c) => c.cell))).toEqual([
      [{ state: 'submitted', total: 85.5 }, { state: 'draft', reopened: true }, { state: 'conflicted' }],
      [{ state: 'none' }, { state: 'none' }, { state: 'none' }],
    ]);
  });

  it('lets a dismissed conflict stand aside no longer', () => {
    const dismissed = [conflict({ expertId: 'e3', applicationId: 'a1', status: 'dismissed', vetted: true })];
    expect(standsAside(dismissed, 'e3', 'a1')).toBe(false);
    expect(progressRows([candidate('a1')], members, sheets, dismissed)[0]?.cells[2]?.cell).toEqual({
      state: 'none',
    });
  });
});

describe('the vetting a conflict admits', () => {
  it('vets a declaration either way, a vetted conflict only the other way, a found one not at all', () => {
    expect(vetChoices(conflict())).toEqual(['confirm', 'dismiss']);
    expect(vetChoices(conflict({ vetted: true }))).toEqual(['dismiss']);
    expect(vetChoices(conflict({ vetted: true, status: 'dismissed' }))).toEqual(['confirm']);
    expect(vetChoices(conflict({ id: null, source: 'found', vetted: true }))).toEqual([]);
  });
});

describe('the rubric’s form', () => {
  const rubric: Rubric = {
    awardId: 'award-te',
    award: 'technical_expert',
    aggregation: 'trimmed_mean',
    blind: true,
    locked: false,
    criteria: [
      {
        id: 'k1',
        code: 'skill_level',
        name: { zh: '技能等级', en: 'Skill level' },
        maxScore: 20,
        guidance: { zh: '高级技师以上', en: 'Senior technician or above' },
      },
      {
        id: 'k2',
        code: 'innovation',
        name: { zh: '技术创新', en: 'Innovation' },
        maxScore: 30,
        guidance: { zh: '', en: '' },
      },
    ],
  };

  it('edits both languages of each criterion and adds up the maximum', () => {
    expect(rubricFormValues(rubric)).toEqual({
      aggregation: 'trimmed_mean',
      blind: true,
      criteria: [
        {
          code: 'skill_level',
          nameZh: '技能等级',
          nameEn: 'Skill level',
          maxScore: 20,
          guidanceZh: '高级技师以上',
          guidanceEn: 'Senior technician or above',
        },
        {
          code: 'innovation',
          nameZh: '技术创新',
          nameEn: 'Innovation',
          maxScore: 30,
          guidanceZh: '',
          guidanceEn: '',
        },
      ],
    });
    expect(rubricMaximum(rubric.criteria)).toBe(50);
  });
});
