import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider, type Client } from 'urql';
import { fixtureClient, type Fixture } from './fixtures';
import { SessionProvider } from '../lib/session';

/**
 * Renders element at route path (with its :params) as if the browser were at
 * url, with the API answered from fixtures. Returns the router too, to check
 * where the page navigated.
 */
export function renderRoute(opts: { path: string; url: string; element: ReactElement; fixtures: Fixture<unknown, any>[]; extra?: { path: string; element: ReactElement }[] }) {
  const client = fixtureClient(opts.fixtures);
  const router = createMemoryRouter(
    [{ path: opts.path, element: opts.element }, ...(opts.extra ?? []), { path: '*', element: <p>elsewhere</p> }],
    { initialEntries: [opts.url] },
  );
  const utils = render(
    <Provider value={client}>
      <RouterProvider router={router} />
    </Provider>,
  );
  return { ...utils, router, client };
}

/**
 * Like renderRoute, inside the app's SessionProvider: each session (the
 * first, then one per sign-in, sign-out or dead session) gets a new client
 * answering from the next set of fixtures (the last set once they run out).
 * clients lists the clients made so far.
 */
export function renderSession(opts: { path: string; url: string; element: ReactElement; sessions: Fixture<unknown, any>[][]; extra?: { path: string; element: ReactElement }[] }) {
  const clients: Array<Client & { operations: unknown[] }> = [];
  const router = createMemoryRouter(
    [{ path: opts.path, element: opts.element }, ...(opts.extra ?? []), { path: '*', element: <p>elsewhere</p> }],
    { initialEntries: [opts.url] },
  );
  const utils = render(
    <SessionProvider
      makeClient={() => {
        const c = fixtureClient(opts.sessions[Math.min(clients.length, opts.sessions.length - 1)]);
        clients.push(c);
        return c;
      }}
    >
      <RouterProvider router={router} />
    </SessionProvider>,
  );
  return { ...utils, router, clients };
}
