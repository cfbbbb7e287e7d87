import { graphql } from '../../gql';

/** One ego network: the base view, an expanded node, or the organizations of a found path. */
export const NetworkGraphQuery = graphql(`
  query NetworkExplorerGraph(
    $seeds: [ID!]!
    $depth: Int!
    $kinds: [LinkKind!]
    $includeHierarchy: Boolean!
    $asOf: Date
    $maxNodes: Int!
  ) {
    network(
      seeds: $seeds
      depth: $depth
      kinds: $kinds
      includeHierarchy: $includeHierarchy
      asOf: $asOf
      maxNodes: $maxNodes
    ) {
      truncated
      nodes {
        organization { id name nameLatin kind }
        depth
        degree
        hiddenNeighbors
      }
      edges {
        id
        source { id }
        target { id }
        kind
        link { status startedOn endedOn }
      }
    }
  }
`);

/** Names of the seed organizations, for the chips (known before the network loads). */
export const NetworkSeedsQuery = graphql(`
  query NetworkExplorerSeeds($ids: [ID!]!) {
    nodes(ids: $ids) {
      __typename
      id
      ... on Organization { name nameLatin kind }
    }
  }
`);

/** The organization picker: seeds and path ends. */
export const NetworkOrgSearchQuery = graphql(`
  query NetworkExplorerSearch($q: String!) {
    search(query: $q, types: [ORGANIZATION], first: 10) {
      title
      subtitle
      node {
        __typename
        id
        ... on Organization { name nameLatin kind }
      }
    }
  }
`);

export const NetworkPathQuery = graphql(`
  query NetworkExplorerPath(
    $from: ID!
    $to: ID!
    $kinds: [LinkKind!]
    $includeHierarchy: Boolean!
    $asOf: Date
  ) {
    shortestPath(from: $from, to: $to, kinds: $kinds, includeHierarchy: $includeHierarchy, asOf: $asOf) {
      length
      organizations { id name nameLatin kind }
      edges { id source { id } target { id } kind }
    }
  }
`);

/** Well-connected organizations, offered as starting points on an empty view. */
export const NetworkSuggestionsQuery = graphql(`
  query NetworkExplorerSuggestions {
    networkCentrality(measure: DEGREE, first: 6) {
      scores {
        score
        organization { id name nameLatin kind }
      }
    }
  }
`);
