import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Link, useParams } from 'react-router';
import { fixture } from '../test/fixtures';
import { renderRoute } from '../test/render';
import { RegionPageQueryDoc } from '../pages/regions/RegionPage';
import { NodePage } from './NodePage';

function RegionName() {
  const { id = '' } = useParams();
  return (
    <NodePage
      query={RegionPageQueryDoc}
      id={id}
      typename="Region"
      loading="Loading the region…"
      notFound={{ title: 'No such region', hint: 'It may have been merged.', extra: <Link to="/regions">All regions</Link> }}
    >
      {(node) => <h1>{node.name}</h1>}
    </NodePage>
  );
}

const at = (fixtures: Parameters<typeof renderRoute>[0]['fixtures']) =>
  renderRoute({ path: '/regions/:id', url: '/regions/7', element: <RegionName />, fixtures });

describe('NodePage', () => {
  it('shows progress while the node loads', async () => {
    at([fixture({ query: RegionPageQueryDoc, variables: { id: '7' }, data: { node: null }, delay: 50 })]);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the region…');
    expect(await screen.findByText('No such region')).toBeInTheDocument();
  });

  it('says when there is no such node, with the way back', async () => {
    at([fixture({ query: RegionPageQueryDoc, variables: { id: '7' }, data: { node: null } })]);
    expect(await screen.findByText('No such region')).toBeInTheDocument();
    expect(screen.getByText('It may have been merged.')).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'All regions' })).toHaveAttribute('href', '/regions');
  });

  it('treats an ID of another type as not found', async () => {
    at([fixture({ query: RegionPageQueryDoc, variables: { id: '7' }, data: { node: { __typename: 'Person' } } })]);
    expect(await screen.findByText('No such region')).toBeInTheDocument();
    expect(screen.queryByRole('heading')).toBeNull();
  });

  it('shows a readable error whose retry asks again', async () => {
    const { client } = at([fixture({ query: RegionPageQueryDoc, variables: { id: '7' }, error: { message: 'database is busy' } })]);
    expect(await screen.findByRole('alert')).toHaveTextContent('database is busy');
    const asked = client.operations.length;
    await userEvent.click(screen.getByRole('button', { name: 'Retry' }));
    expect(client.operations.length).toBe(asked + 1);
    expect(client.operations.at(-1)?.context.requestPolicy).toBe('network-only');
  });
});
