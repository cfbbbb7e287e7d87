import { describe, expect, it } from 'vitest';
import { graphql } from '../gql';
import { checkFixture, fixture } from './fixtures';

const Doc = graphql(`
  query FixtureCheck($q: String!) {
    search(query: $q, first: 2) { type title node { id } }
  }
`);

describe('checkFixture', () => {
  const good = { search: [{ type: 'REGION' as const, title: '延吉市', node: { __typename: 'Region' as const, id: '1' } }] };

  it('accepts data that matches the operation', () => {
    expect(() => checkFixture(fixture({ query: Doc, variables: { q: 'yj' }, data: good }))).not.toThrow();
  });

  it('rejects a missing field, an extra field, a wrong enum value and a missing __typename', () => {
    const missing = { search: [{ type: 'REGION', node: { __typename: 'Region', id: '1' } }] };
    const extra = { search: [{ type: 'REGION', title: 'x', subtitle: 'y', node: { __typename: 'Region', id: '1' } }] };
    const badEnum = { search: [{ type: 'CITY', title: 'x', node: { __typename: 'Region', id: '1' } }] };
    const noTypename = { search: [{ type: 'REGION', title: 'x', node: { id: '1' } }] };
    for (const data of [missing, extra, badEnum, noTypename]) {
      expect(() => checkFixture({ query: Doc, variables: { q: 'yj' }, data })).toThrow();
    }
  });
});
