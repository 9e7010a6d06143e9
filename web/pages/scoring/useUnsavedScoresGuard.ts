import { type LeaveTexts, useLeaveGuard } from '../applications/form/useLeaveGuard';

const scoreSheetTexts: LeaveTexts = {
  title: 'scoring.leave.title',
  text: 'scoring.leave.text',
  leave: 'scoring.leave.ok',
  stay: 'scoring.leave.stay',
};

/**
 * While the score sheet holds changes not saved, leaving asks first (the form's guard, in the score sheet's
 * words); a move that loses nothing (the candidate is gone after a declared conflict) carries
 * `leaveWithoutAsking` and is let through.
 */
export function useUnsavedScoresGuard(unsaved: boolean) {
  useLeaveGuard(unsaved, scoreSheetTexts);
}
