import { type DependencyList, useCallback, useEffect, useState } from 'react';

export type Resource<T> =
  | { status: 'loading' }
  | { status: 'loaded'; data: T }
  | { status: 'failed'; error: unknown };

/**
 * Loads `load(signal)` when `deps` change and on `reload()`; a late answer for outdated deps is dropped.
 */
export function useApiResource<T>(
  load: (signal: AbortSignal) => Promise<T>,
  deps: DependencyList,
): [Resource<T>, () => void] {
  const [resource, setResource] = useState<Resource<T>>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller's deps stand in for `load`
  useEffect(() => {
    const controller = new AbortController();
    setResource({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setResource({ status: 'loaded', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setResource({ status: 'failed', error });
      },
    );
    return () => controller.abort();
  }, [...deps, generation]);

  const reload = useCallback(() => setGeneration((n) => n + 1), []);
  return [resource, reload];
}
