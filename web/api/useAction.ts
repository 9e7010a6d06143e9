import { useCallback, useRef, useState } from 'react';

/**
 * A user action that calls the server: `run` sets `busy` while it lasts and keeps the refusal in `error`
 * (cleared when the action is tried again) for an <ApiErrorAlert> next to the button. A second `run`
 * while one is still running is ignored: a double click or an Enter beside the button's click sends one
 * request, not two (the `busy` state alone reaches the button only after a render).
 */
export function useAction<Args extends unknown[]>(action: (...args: Args) => Promise<void>) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const running = useRef(false);
  const run = useCallback(
    async (...args: Args) => {
      if (running.current) return;
      running.current = true;
      setBusy(true);
      setError(null);
      try {
        await action(...args);
      } catch (caught) {
        setError(caught);
      } finally {
        running.current = false;
        setBusy(false);
      }
    },
    [action],
  );
  return { run, busy, error };
}
