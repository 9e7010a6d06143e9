import { useMemo } from 'react';
import type { TransitionName } from '../../../domain/workflow';
import { checkMove, type MoveCheck } from '../../api/steps';
import { useApiResource } from '../../api/useApiResource';
import { useLocale, useT } from '../../i18n/LocaleProvider';
import { lacksOf } from '../steps/moveLacks';

/** The most ids one check takes (`ApplicationIds` of contract/workflow.ts: at most 50). */
const CHECK_MAX = 50;

async function checkAll(name: TransitionName, ids: readonly string[], signal: AbortSignal) {
  const checks: MoveCheck[] = [];
  for (let i = 0; i < ids.length; i += CHECK_MAX)
    checks.push(...(await checkMove(name, ids.slice(i, i + CHECK_MAX), signal)));
  return checks;
}

/**
 * What the server says about taking `name` for each of `ids` now: per candidate, why it cannot (empty when
 * it can), in the user's words; `ready` lists those it can be taken for. Asked again when `refresh` changes.
 */
export function useMoveLacks(name: TransitionName, ids: readonly string[], refresh = '') {
  const t = useT();
  const { locale } = useLocale();
  const [checks] = useApiResource((signal) => checkAll(name, ids, signal), [name, ids.join(), refresh]);
  return useMemo(() => {
    const lacks: Record<string, string[]> = {};
    if (checks.status === 'loaded')
      for (const check of checks.data) lacks[check.applicationId] = lacksOf(check, t, locale);
    const offered = new Set(
      checks.status === 'loaded' ? checks.data.filter((c) => c.offered).map((c) => c.applicationId) : [],
    );
    return {
      checking: checks.status === 'loading',
      error: checks.status === 'failed' ? checks.error : null,
      lacks,
      /** The move is the caller's to take on these (their role and the status allow it). */
      offered,
      ready: ids.filter((id) => lacks[id]?.length === 0),
    };
  }, [checks, ids, t, locale]);
}
