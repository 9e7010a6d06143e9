import { describe, expect, it } from 'vitest';
import { roles } from '../roles';
import { guardCodes } from './guards';
import { nonTerminalStatuses, preBureauStatuses, statusHolder } from './levels';
import { type ApplicationStatus, applicationStatuses, terminalStatuses } from './states';
import { isTransitionName, transitionNames, transitionOf, transitions } from './transitions';

describe('the transition table', () => {
  it.each(transitionNames)('%s is well formed', (name) => {
    const t = transitionOf(name);
    expect(t.from.length).toBeGreaterThan(0);
    for (const status of t.from) expect(applicationStatuses).toContain(status);
    expect(applicationStatuses).toContain(t.to);
    expect(t.from).not.toContain(t.to);
    expect(t.by.length).toBeGreaterThan(0);
    for (const role of t.by) expect(roles).toContain(role);
    for (const guard of t.guards) expect(guardCodes).toContain(guard);
    expect(t.label.zh).toMatch(/\p{Script=Han}/u);
    expect(t.label.en.length).toBeGreaterThan(0);
    // A reason the actor must give is also what the event records, and the other way round.
    expect(t.requiresReason === true).toBe(t.records.includes('reason'));
  });

  it('never leaves a terminal status', () => {
    for (const name of transitionNames) {
      for (const status of transitionOf(name).from) expect(terminalStatuses).not.toContain(status);
    }
  });

  it('gives every non-terminal status a way out', () => {
    for (const status of nonTerminalStatuses) {
      expect(transitionNames.some((name) => transitionOf(name).from.includes(status))).toBe(true);
    }
  });

  it('reaches every status from draft', () => {
    const reached = new Set<ApplicationStatus>(['draft']);
    for (let grew = true; grew; ) {
      grew = false;
      for (const name of transitionNames) {
        const t = transitionOf(name);
        if (t.from.some((status) => reached.has(status)) && !reached.has(t.to)) {
          reached.add(t.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...applicationStatuses].sort());
  });

  it('never lets experts or candidates move an application', () => {
    for (const name of transitionNames) {
      expect(transitionOf(name).by).not.toContain('expert');
      expect(transitionOf(name).by).not.toContain('candidate');
    }
  });

  it('lets the employer withdraw only below the bureau', () => {
    expect(transitions.withdraw.from).toEqual(preBureauStatuses);
    expect(transitions.withdraw.from).not.toContain('at_bureau');
    for (const status of preBureauStatuses)
      expect(['employer', 'recommender']).toContain(statusHolder[status]);
  });

  it('lets only bureau_admin revoke, from every non-terminal status including awarded', () => {
    expect(transitions.revoke.by).toEqual(['bureau_admin']);
    expect(transitions.revoke.from).toEqual(nonTerminalStatuses);
    expect(transitions.revoke.from).toContain('awarded');
    expect(transitions.revoke.to).toBe('revoked');
    expect(terminalStatuses).toContain('revoked');
  });

  it('holds notices with the objection guard and checks the quota when reporting to the bureau', () => {
    for (const name of ['endUnitNotice', 'endRecommenderNotice', 'endCityNotice'] as const) {
      expect(transitions[name].guards).toContain('notice_ended_without_open_objection');
    }
    expect(transitions.reportToBureau.guards).toEqual(['within_submission_window', 'ranked', 'within_quota']);
    expect(transitions.reReportToBureau.guards).toContain('within_submission_window');
    expect(transitions.reReportToBureau.guards).toContain('within_quota');
    expect(transitions.accept.guards).toEqual(['within_submission_window', 'materials_complete']);
  });

  it('knows its names', () => {
    expect(isTransitionName('accept')).toBe(true);
    expect(isTransitionName('toString')).toBe(false);
    expect(isTransitionName('saveDraft')).toBe(false);
  });
});
