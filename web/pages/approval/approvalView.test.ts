import { describe, expect, it } from 'vitest';
import { type Locale, pick } from '../../../domain/message';
import type { ApprovalCandidate } from '../../api/approval';
import type { Translator } from '../../i18n/LocaleProvider';
import { type MessageKey, type TranslationParams, translate } from '../../i18n/translate';
import {
  anythingPending,
  approvedOnProblem,
  differentialText,
  documentNoProblem,
  formatScore,
  noticePeriodText,
  objectionsText,
  pendingOf,
  reasonProblem,
  returnedOn,
  standingOf,
} from './approvalView';

const translator = (locale: Locale): Translator =>
  Object.assign((key: MessageKey, params?: TranslationParams) => translate(locale, key, params), {
    message: (m: { zh: string; en: string }) => pick(m, locale),
  });
const zh = translator('zh-CN');
const en = translator('en-US');

const candidate = (over: Partial<ApprovalCandidate> = {}): ApprovalCandidate => ({
  applicationId: 'a1',
  name: '钱国栋',
  gender: 'male',
  employer: '中国第一汽车集团有限公司',
  recommender: { zh: '中国第一汽车集团有限公司', en: 'FAW Group' },
  occupation: '汽车装调工',
  skillLevel: 'level1',
  status: 'pending_approval',
  rank: 1,
  score: 92.5,
  scores: 3,
  cityNotice: null,
  returned: null,
  approval: null,
  ...over,
});

const notice = {
  noticeId: 'n1',
  startDate: '2026-05-06',
  endDate: '2026-05-12',
  workingDays: 5,
  ended: true,
  objections: { open: 0, dismissed: 0, upheld: 0 },
};

describe('the experts’ result and the 差额 ratio', () => {
  it('prints the score with two decimals, and nothing before any expert scored', () => {
    expect(formatScore(92.5)).toBe('92.50');
    expect(formatScore(88)).toBe('88.00');
    expect(formatScore(87.666666)).toBe('87.67');
    expect(formatScore(null)).toBeNull();
  });

  it('sets the candidates reviewed against the places', () => {
    expect(differentialText(zh, { reviewed: 5, places: 3 })).toBe('参评 5 人，差额 5:3');
    expect(differentialText(en, { reviewed: 5, places: 3 })).toBe('5 candidates reviewed, ratio 5:3');
  });
});

describe('the city notice’s outcome', () => {
  it('gives the period in working days, and says when it still runs', () => {
    expect(noticePeriodText(zh, 'zh-CN', notice)).toBe('2026年5月6日至12日（5 个工作日）');
    expect(noticePeriodText(zh, 'zh-CN', { ...notice, ended: false })).toBe(
      '2026年5月6日至12日（5 个工作日） 公示中',
    );
  });

  it('says no objection came, or counts them handled first and open last', () => {
    expect(objectionsText(zh, 'zh-CN', notice.objections)).toBe('公示期间未收到异议');
    expect(objectionsText(zh, 'zh-CN', { open: 1, dismissed: 2, upheld: 0 })).toBe(
      '收到异议 3 件：不成立 2 件、待处理 1 件',
    );
    expect(objectionsText(en, 'en-US', { open: 0, dismissed: 1, upheld: 1 })).toBe(
      'Objections received: 2 — 1 dismissed, 1 upheld',
    );
  });
});

describe('where a candidate stands with the talent office', () => {
  it('tells waiting, approved, returned and past the approval apart', () => {
    expect(standingOf(candidate())).toBe('pending');
    expect(
      standingOf(
        candidate({
          status: 'approved',
          approval: { documentNo: '长人才办〔2026〕12号', approvedOn: '2026-05-20' },
        }),
      ),
    ).toBe('approved');
    expect(
      standingOf(
        candidate({ status: 'city_noticed', returned: { at: '2026-05-20T02:00:00Z', reason: '核实' } }),
      ),
    ).toBe('returned');
    expect(standingOf(candidate({ status: 'awarded' }))).toBe('other');
  });

  it('lists the waiting candidates, and knows when nothing waits', () => {
    const award = { items: [candidate(), candidate({ applicationId: 'a2', status: 'approved' })] };
    expect(pendingOf(award).map((c) => c.applicationId)).toEqual(['a1']);
    expect(anythingPending([award])).toBe(true);
    expect(anythingPending([{ items: [candidate({ status: 'approved' })] }])).toBe(false);
    expect(anythingPending([])).toBe(false);
  });

  it('dates a return on Changchun’s calendar', () => {
    // 23:30 UTC is already the next morning in Changchun
    expect(returnedOn({ at: '2026-05-19T23:30:00Z', reason: '核实' })).toBe('2026-05-20');
  });
});

describe('the approval’s fields, checked with the server’s own schemas', () => {
  it('takes a document number such as 长人才办〔2026〕12号 and refuses an empty one', () => {
    expect(documentNoProblem('长人才办〔2026〕12号')).toBeNull();
    expect(documentNoProblem(undefined)?.zh).toBeTruthy();
    expect(documentNoProblem('  ')?.zh).toBeTruthy();
    expect(documentNoProblem('长'.repeat(101))?.zh).toContain('100');
  });

  it('takes a real day up to today, not a later one', () => {
    expect(approvedOnProblem('2026-05-20', '2026-05-20')).toBeNull();
    expect(approvedOnProblem('2026-05-21', '2026-05-20')).toEqual({
      zh: '审定日期不能晚于今天',
      en: 'The date of approval cannot be later than today',
    });
    expect(approvedOnProblem('2026-02-30', '2026-05-20')).not.toBeNull();
    expect(approvedOnProblem(undefined, '2026-05-20')).not.toBeNull();
  });

  it('requires a reason for a return', () => {
    expect(reasonProblem('请补充经济效益证明材料')).toBeNull();
    expect(reasonProblem('')).not.toBeNull();
    expect(reasonProblem(undefined)).not.toBeNull();
  });
});
