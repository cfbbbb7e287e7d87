import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderRoute } from '../../test/render';
import { switchLanguage } from '../../test/language';
import type { EditorProps } from './Editor';
import GraphiQLPage from './GraphiQLPage';
import { examples } from './examples';

// GraphiQL itself needs a real browser; a stand-in shows what the page hands it.
const mounts = vi.hoisted(() => ({ count: 0 }));
vi.mock('./Editor', async () => {
  const { useEffect } = await import('react');
  return {
    default: function EditorStub({ query, variables, firstTab, logo }: EditorProps) {
      useEffect(() => {
        mounts.count += 1;
      }, []);
      return (
        <div data-testid="editor" aria-label={logo}>
          <pre data-testid="query">{query ?? firstTab.query}</pre>
          <pre data-testid="variables">{variables ?? firstTab.variables}</pre>
        </div>
      );
    },
  };
});

function setup(url = '/graphiql') {
  const user = userEvent.setup();
  const utils = renderRoute({ path: '/graphiql', url, element: <GraphiQLPage />, fixtures: [] });
  return { ...utils, user, location: () => utils.router.state.location };
}

const list = () => screen.getByRole('list', { name: 'Example queries' });

describe('GraphiQLPage', () => {
  it('lists the example queries and opens the editor with a welcome and the first one', async () => {
    setup();
    expect(screen.getByRole('heading', { level: 1, name: 'GraphQL API' })).toBeInTheDocument();
    const buttons = within(list()).getAllByRole('button');
    expect(buttons).toHaveLength(examples.length);
    expect(buttons[0]).toHaveTextContent('Search');
    expect(within(list()).getByRole('button', { name: /Shortest path/ })).toHaveTextContent('How two organizations are connected');
    expect(await screen.findByTestId('query')).toHaveTextContent('# Grassroots GraphQL API');
    expect(screen.getByTestId('query')).toHaveTextContent('query Search(');
    expect(screen.getByTestId('variables')).toHaveTextContent('"q": "yanji"');
  });

  it('loads a chosen example and its variables, and names it in the URL', async () => {
    const { user, location } = setup();
    await screen.findByTestId('editor');
    const button = within(list()).getByRole('button', { name: /Clusters and brokers/ });
    await user.click(button);
    expect(location().search).toBe('?example=clustersAndBrokers');
    expect(button).toHaveAttribute('aria-current', 'true');
    expect(screen.getByTestId('query')).toHaveTextContent('networkCentrality(region: $county, measure: BETWEENNESS');
    expect(screen.getByTestId('variables')).toHaveTextContent('"county": "30064771075"');
  });

  it('opens a shared link with its example loaded', async () => {
    setup('/graphiql?example=backwardTwinning');
    expect(await screen.findByTestId('query')).toHaveTextContent('query BackwardVillageTwinning(');
    expect(within(list()).getByRole('button', { name: /Twinning of backward villages/ })).toHaveAttribute('aria-current', 'true');
  });

  it('starts the current example afresh when it is chosen again', async () => {
    const { user } = setup('/graphiql?example=search');
    await screen.findByTestId('editor');
    const before = mounts.count;
    await user.click(within(list()).getByRole('button', { name: /^Search/ }));
    expect(mounts.count).toBe(before + 1);
  });

  it('folds the list away after a choice (on narrow screens it is a drop-down)', async () => {
    const { user } = setup();
    await screen.findByTestId('editor');
    const toggle = screen.getByRole('button', { name: /Example queries/, expanded: false });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(list()).getByRole('button', { name: /Projects and yearly income/ }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveTextContent('Projects and yearly income');
  });

  it('is translated', async () => {
    await switchLanguage('zh-CN');
    try {
      setup();
      expect(screen.getByRole('heading', { level: 1, name: 'GraphQL 接口' })).toBeInTheDocument();
      expect(within(screen.getByRole('list', { name: '示例查询' })).getByRole('button', { name: /最短路径/ })).toBeInTheDocument();
      expect(await screen.findByTestId('query')).toHaveTextContent('# 基层组织网 GraphQL 接口');
    } finally {
      await switchLanguage('en');
    }
  });
});
