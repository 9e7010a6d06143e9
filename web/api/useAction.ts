import { useCallback, useState } from 'react';

/**
 * A user action that calls the server: `run` sets `busy` while it lasts and keeps the refusal in `error`
 * (cleared when the action is tried again) for an <ApiErrorAlert> next to the button.
 */
export function useAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = useCallback(
    async (...args: Args) => {
      setBusy(true);
      setError(null);
      try {
        await action(...args);
      } catch (caught) {
        setError(caught);
      } finally {
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error };
}
