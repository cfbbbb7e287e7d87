import { createContext, useContext, useEffect, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { ViewerQueryDoc } from '../../lib/session';

/**
 * What the parts of the board share: the round of changes (each accepted
 * suggestion or applied plan starts a new one, and every part reads its
 * figures again) and where partners are looked for.
 */
export interface Board {
  round: number;
  /** Starts a new round: after a change, every part of the board reads again. */
  changed: () => void;
}

export const BoardContext = createContext<Board>({ round: 0, changed: () => {} });

export function useBoard(): Board {
  return useContext(BoardContext);
}

/** Runs rerun (a query read again from the server) whenever the board starts a new round. */
export function useRereadOnChange(rerun: () => void) {
  useRereadOn(useBoard().round, rerun);
}

/** Runs rerun whenever round changes (not on the first render). */
export function useRereadOn(round: number, rerun: () => void) {
  const seen = useRef(round);
  const latest = useRef(rerun);
  latest.current = rerun;
  useEffect(() => {
    if (round === seen.current) return;
    seen.current = round;
    latest.current();
  }, [round]);
}

/** Where suggested partners come from: the whole province, or the viewer's own scope. */
export type PartnerChoice = 'province' | 'scope';

/**
 * The partners' region the viewer chose, kept in the URL (?partners=scope):
 * undefined for the whole province. ready is false while the viewer, whose
 * scope it may be, is not known yet.
 */
export function usePartnerChoice() {
  const [params, setParams] = useSearchParams();
  const [viewer] = useQuery({ query: ViewerQueryDoc });
  const scope = viewer.data?.viewer?.scope ?? null;
  const inURL: PartnerChoice = params.get('partners') === 'scope' ? 'scope' : 'province';
  // Kept here too, so that the radio buttons follow a click at once, before the URL does.
  const [wanted, setWanted] = useState(inURL);
  useEffect(() => setWanted(inURL), [inURL]);
  const choice: PartnerChoice = wanted === 'scope' && scope ? 'scope' : 'province';
  const ready = wanted === 'province' || viewer.data !== undefined || viewer.error !== undefined;
  const setChoice = (c: PartnerChoice) => {
    setWanted(c);
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev);
        if (c === 'scope') next.set('partners', 'scope');
        else next.delete('partners');
        return next;
      },
      { preventScrollReset: true, replace: true },
    );
  };
  return { choice, setChoice, scope, ready, partnerRegion: choice === 'scope' ? scope?.id : undefined };
}
