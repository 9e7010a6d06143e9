import { createContext, type ReactNode, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import { isApiError } from '../api/client';
import { type Credentials, fetchSession, logIn, logOut, type Session } from '../api/session';

type SessionState =
  | { status: 'loading' }
  | { status: 'anonymous' }
  | { status: 'signed-in'; session: Session }
  | { status: 'failed'; error: unknown };

interface SessionContextValue {
  state: SessionState;
  logIn(credentials: Credentials): Promise<Session>;
  logOut(): Promise<void>;
  /** Forget the session locally, e.g. after the server answered 401 to some call. */
  clear(): void;
  reload(): void;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [state, setState] = useState<SessionState>({ status: 'loading' });
  const [generation, setGeneration] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `generation` re-runs the probe on reload()
  useEffect(() => {
    const controller = new AbortController();
    fetchSession(controller.signal).then(
      (session) => setState({ status: 'signed-in', session }),
      (error: unknown) => {
        if (controller.signal.aborted) return;
        setState(
          isApiError(error) && error.status === 401 ? { status: 'anonymous' } : { status: 'failed', error },
        );
      },
    );
    return () => controller.abort();
  }, [generation]);

  const doLogIn = useCallback(async (credentials: Credentials) => {
    const session = await logIn(credentials);
    setState({ status: 'signed-in', session });
    return session;
  }, []);

  const doLogOut = useCallback(async () => {
    try {
      await logOut();
    } catch (error) {
      // 401: the session had already ended, which is what the user asked for.
      if (!(isApiError(error) && error.status === 401)) throw error;
    }
    setState({ status: 'anonymous' });
  }, []);

  const clear = useCallback(() => setState({ status: 'anonymous' }), []);
  const reload = useCallback(() => {
    setState({ status: 'loading' });
    setGeneration((n) => n + 1);
  }, []);

  const value = useMemo(
    () => ({ state, logIn: doLogIn, logOut: doLogOut, clear, reload }),
    [state, doLogIn, doLogOut, clear, reload],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession() must be used inside <SessionProvider>');
  return value;
}

/** The signed-in session; only for components rendered behind <RequireSession>. */
export function useSignedInSession(): Session {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useSignedInSession() used without a session');
  return state.session;
}
