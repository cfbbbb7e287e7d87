import { GraphiQL } from 'graphiql';
import { createGraphiQLFetcher } from '@graphiql/toolkit';
import 'graphiql/style.css';

const fetcher = createGraphiQLFetcher({ url: '/graphql' });

export interface EditorProps {
  /** Replaces the query editor's contents whenever it changes. */
  query?: string;
  /** Replaces the variables editor's contents whenever it changes. */
  variables?: string;
  /** What the editor shows the first time, before anything is saved. */
  firstTab: { query: string; variables: string };
  logo: string;
}

/**
 * GraphiQL against the app's own API. Kept in its own module (and chunk):
 * it is large, and only this page needs it.
 */
export default function Editor({ query, variables, firstTab, logo }: EditorProps) {
  return (
    <GraphiQL
      fetcher={fetcher}
      query={query}
      variables={variables}
      defaultQuery={firstTab.query}
      defaultTabs={[firstTab]}
      defaultEditorToolsVisibility="variables"
      forcedTheme="light"
    >
      <GraphiQL.Logo>{logo}</GraphiQL.Logo>
    </GraphiQL>
  );
}
