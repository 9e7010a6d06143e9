import { describe, expect, it } from 'vitest';
import { conflictStanding, declarationProblems } from './conflicts';

const applicationId = '0b7a2a4e-3c1f-4a57-9d55-3f3c5d1b2e10';

describe('an expert’s conflicts', () => {
  it('holds a declared conflict until the bureau confirms or dismisses it', () => {
    expect(conflictStanding({ status: 'active', vetted: false })).toBe('pending');
    expect(conflictStanding({ status: 'active', vetted: true })).toBe('confirmed');
    expect(conflictStanding({ status: 'dismissed', vetted: true })).toBe('dismissed');
  });

  it('checks a declaration with the domain’s schema: a relation chosen, and "other" explained', () => {
    expect(declarationProblems({ applicationId, reason: 'teacher_apprentice', note: '' })).toEqual([]);
    const other = declarationProblems({ applicationId, reason: 'other', note: '  ' });
    expect(other.map((p) => [p.path, p.code, p.message.zh])).toEqual([
      ['note', 'conflict.note_missing', '请说明需要回避的原因'],
    ]);
    expect(declarationProblems({ applicationId, note: '' }).map((p) => p.path)).toEqual(['reason']);
  });
});
