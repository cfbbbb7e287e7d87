import type { ReactElement } from 'react';
import { render } from '@testing-library/react';
import { createMemoryRouter, RouterProvider } from 'react-router';
import { Provider } from 'urql';
import { fixtureClient, type Fixture } from './fixtures';

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
