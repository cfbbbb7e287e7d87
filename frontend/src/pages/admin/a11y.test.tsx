import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import axe from 'axe-core';
import { fixture } from '../../test/fixtures';
import { renderRoute } from '../../test/render';
import TokensPage, { ApiTokensQuery } from './TokensPage';
import UsersPage, { UsersQuery } from './UsersPage';
import AuditPage, { AuditActorsQuery, AuditEventsQuery } from './AuditPage';
import { viewerFixture } from './testViewers';

/** axe-core's WCAG A and AA rules that jsdom can judge (not colour contrast, which needs layout). */
async function violations(): Promise<string[]> {
  const r = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] }, rules: { 'color-contrast': { enabled: false } } });
  return r.violations.map((v) => `${v.id}: ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

const token = { id: 't1', name: 'ci', role: 'ADMIN' as const, scopeRegion: null, createdAt: '2025-03-01T08:00:00Z', expiresOn: null, revokedAt: null, lastUsedAt: null };
const user = { id: '1', username: 'admin', displayName: 'Demo admin', role: 'ADMIN' as const, scopeRegion: null, disabled: false, version: 1, createdAt: '2025-01-01T00:00:00Z' };
const pageInfo = { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null };

describe('account and administration pages (axe)', () => {
  it('API tokens, with a revoke being confirmed', async () => {
    renderRoute({ path: '/', url: '/', element: <TokensPage />, fixtures: [viewerFixture('ADMIN'), fixture({ query: ApiTokensQuery, data: { apiTokens: [token] } })] });
    await userEvent.click(await screen.findByRole('button', { name: 'Revoke ci' }));
    expect(await violations()).toEqual([]);
  });

  it('Users, with the edit form open', async () => {
    renderRoute({
      path: '/',
      url: '/',
      element: <UsersPage />,
      fixtures: [viewerFixture('ADMIN'), fixture({ query: UsersQuery, data: { users: { totalCount: 1, pageInfo, edges: [{ node: user }] } } })],
    });
    await userEvent.click(await screen.findByRole('button', { name: 'Edit admin' }));
    await userEvent.click(screen.getByLabelText('One region'));
    expect(await violations()).toEqual([]);
  });

  it('Audit', async () => {
    const event = { id: 'e1', at: '2025-03-04T05:06:00Z', actorName: 'admin', actor: { id: '1', username: 'admin' }, operation: 'UPDATE' as const, entityType: 'Organization', entityID: '17', changes: [{ field: 'name', before: 'a', after: 'b' }], requestID: 'r1' };
    renderRoute({
      path: '/',
      url: '/',
      element: <AuditPage />,
      fixtures: [
        viewerFixture('ADMIN'),
        fixture({ query: AuditActorsQuery, data: { users: { edges: [{ node: { id: '1', username: 'admin', displayName: 'Demo admin' } }] } } }),
        fixture({ query: AuditEventsQuery, data: { auditEvents: { totalCount: 1, pageInfo: { hasNextPage: false, endCursor: null }, edges: [{ node: event }] } } }),
      ],
    });
    await screen.findByRole('link', { name: 'b' });
    expect(await violations()).toEqual([]);
  });

  it('the closed page', async () => {
    renderRoute({ path: '/', url: '/', element: <UsersPage />, fixtures: [viewerFixture(null)] });
    await screen.findByRole('link', { name: 'Sign in' });
    expect(await violations()).toEqual([]);
  });
});
