import { createContext, useContext, useRef, useState, type Dispatch, type ReactNode, type SetStateAction } from 'react';
import { Provider, type Client } from 'urql';
import { graphql } from '../gql';
import { createClient } from './client';

/** Who is signed in, and what they may do; null when nobody is. */
export const ViewerQueryDoc = graphql(`
  query Viewer {
    viewer {
      role
      user { id username displayName role }
      scope { id name }
      can { edit manageUsers readAudit holdTokens }
    }
  }
`);

/** Makes the client for one session; onDeadSession is called when the server turns its cookie away. */
export type MakeClient = (onDeadSession: () => void) => Client;

export interface Session {
  /** Starts afresh with a new client and an empty cache: after signing in or out. */
  reset: () => void;
  /** Whether the last session ended on its own (its cookie was turned away), until dismissed. */
  ended: boolean;
  dismissEnded: () => void;
}

const SessionContext = createContext<Session>({ reset: () => {}, ended: false, dismissEnded: () => {} });

export function useSession(): Session {
  return useContext(SessionContext);
}

type State = { client: Client; ended: boolean };

function newState(make: MakeClient, set: { current?: Dispatch<SetStateAction<State>> }, ended: boolean): State {
  const client = make(() => {
    // Several queries may fail together; only the first one to be told replaces the client.
    setTimeout(() => set.current?.((s) => (s.client === client ? newState(make, set, true) : s)), 0);
  });
  return { client, ended };
}

/**
 * Gives the app its urql client, one per session: signing in or out (reset),
 * or the server turning away a dead session cookie, replaces the client and
 * with it the cache, so every query on screen runs again as the new viewer
 * (anonymous after a dead session) and nothing read before carries over.
 */
export function SessionProvider({ children, makeClient = (dead) => createClient('/graphql', dead) }: { children: ReactNode; makeClient?: MakeClient }) {
  const setter = useRef<Dispatch<SetStateAction<State>>>(undefined);
  const [state, setState] = useState<State>(() => newState(makeClient, setter, false));
  setter.current = setState;
  const session: Session = {
    reset: () => setState(newState(makeClient, setter, false)),
    ended: state.ended,
    dismissEnded: () => setState((s) => ({ ...s, ended: false })),
  };
  return (
    <SessionContext.Provider value={session}>
      <Provider value={state.client}>{children}</Provider>
    </SessionContext.Provider>
  );
}
