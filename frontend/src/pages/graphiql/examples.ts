/**
 * Saved queries for analysts, shown beside GraphiQL. Titles and descriptions
 * are translated (graphiql.json, examples.<id>); IDs in the variables are
 * real ones from the demo data (the Yanbian prefecture), so every example
 * answers something out of the box.
 */
export interface Example {
  id: string;
  query: string;
  variables?: Record<string, unknown>;
}

// Demo-data anchors: Yanji (a county-level city), one of its backward
// villages, and organizations that sit in its largest linked cluster.
const YANJI = '30064771075';
const FENGQUAN_VILLAGE = '30064771098';
const QUANCHENG_BRANCH = '8589934988';
const YANJI_FORESTRY_BUREAU = '8589934601';

export const examples: Example[] = [
  {
    id: 'search',
    query: `# Search regions, organizations and people by Chinese name, pinyin
# (full or initials) or division code. Hits are ranked: exact, then prefix,
# then substring matches.
query Search($q: String!, $types: [SearchType!]) {
  search(query: $q, types: $types, first: 20) {
    type
    title
    subtitle
    score
    node {
      id
      ... on Region { code level nameLatin }
      ... on Organization { kind nameLatin status }
      ... on Person { nameLatin gender birthDate }
    }
  }
}
`,
    variables: { q: 'yanji', types: ['REGION', 'ORGANIZATION'] },
  },
  {
    id: 'villageLeaders',
    query: `# A village's organizations ("1+X": the party organization at the core of
# the villagers' committee, collective economy, league, women's congress,
# militia, cooperatives) and who leads each of them today.
query VillageOrganizations($village: ID!) {
  node(id: $village) {
    ... on Region {
      name
      code
      level
      backward
      ancestors { name level }
      organizations(first: 50, orderBy: { field: KIND }) {
        totalCount
        edges {
          node {
            id
            name
            kind
            setting
            memberCount
            currentLeaders {
              role
              startedOn
              selectionMethod
              person { id name nameLatin gender education politicalStatus }
            }
          }
        }
      }
    }
  }
}
`,
    variables: { village: FENGQUAN_VILLAGE },
  },
  {
    id: 'organizationLinks',
    query: `# An organization's joint-construction and twinning links, newest first,
# with the partner at the other end, the dates and what the pair has done.
query OrganizationLinks($org: ID!, $after: Cursor) {
  node(id: $org) {
    ... on Organization {
      name
      kind
      region { name }
      links(first: 20, after: $after) {
        totalCount
        pageInfo { hasNextPage endCursor }
        edges {
          node {
            id
            kind
            status
            startedOn
            endedOn
            goals
            sourceReference
            source { id name kind }
            target { id name kind }
            activities(first: 5, orderBy: { field: ON, direction: DESC }) {
              totalCount
              edges { node { on kind amount participants description } }
            }
          }
        }
      }
    }
  }
}
`,
    variables: { org: QUANCHENG_BRANCH },
  },
  {
    id: 'twoHopNetwork',
    query: `# Everything within two hops of an organization, over links and the party
# hierarchy (parent committees, host units). hiddenNeighbors counts what
# maxNodes left out.
query TwoHopNetwork($seed: ID!) {
  network(seeds: [$seed], depth: 2, includeHierarchy: true, maxNodes: 200) {
    truncated
    nodes {
      depth
      degree
      hiddenNeighbors
      organization { id name kind region { name } }
    }
    edges {
      id
      kind
      source { id }
      target { id }
      link { status startedOn }
    }
  }
}
`,
    variables: { seed: QUANCHENG_BRANCH },
  },
  {
    id: 'shortestPath',
    query: `# How two organizations are connected: the shortest path through links and
# the party hierarchy, and up to three alternatives.
query ShortestPath($from: ID!, $to: ID!) {
  shortestPath(from: $from, to: $to, includeHierarchy: true) {
    length
    organizations { id name kind }
    edges { kind link { status startedOn } }
  }
  paths(from: $from, to: $to, includeHierarchy: true, first: 3) {
    length
    organizations { name }
  }
}
`,
    variables: { from: YANJI_FORESTRY_BUREAU, to: QUANCHENG_BRANCH },
  },
  {
    id: 'clustersAndBrokers',
    query: `# Within a county: the connected clusters of organizations (largest first)
# and the brokers, the organizations that most shortest paths pass through.
query ClustersAndBrokers($county: ID!) {
  networkComponents(region: $county, first: 5) {
    size
    linkCount
    organizations(first: 5) { id name kind }
  }
  networkCentrality(region: $county, measure: BETWEENNESS, first: 10) {
    exact
    errorBound
    scope
    scores {
      score
      organization { id name kind region { name } }
    }
  }
}
`,
    variables: { county: YANJI },
  },
  {
    id: 'projectIncome',
    query: `# Prosperity projects in a region with their leader and yearly income,
# largest investment first.
query ProjectIncome($region: ID!) {
  projects(
    first: 20
    where: { inRegion: $region, hasIncomes: true }
    orderBy: { field: INVESTMENT, direction: DESC }
  ) {
    totalCount
    edges {
      node {
        id
        name
        kind
        status
        investment
        households
        responsibilityLetterOn
        acceptedOn
        region { name }
        organization { name }
        leader { id name }
        incomes { year income }
      }
    }
  }
}
`,
    variables: { region: YANJI },
  },
  {
    id: 'backwardTwinning',
    query: `# Urban-rural twinning links of relatively backward villages in a county:
# the urban unit, the village, its population and collective income, and the
# latest activities of each pair.
query BackwardVillageTwinning($county: ID!) {
  links(
    first: 50
    where: {
      kind: URBAN_RURAL_TWINNING
      inRegion: $county
      hasTargetWith: [{ hasRegionWith: [{ backward: true }] }]
    }
  ) {
    totalCount
    edges {
      node {
        id
        status
        startedOn
        endedOn
        source { id name twinningCapacity }
        target {
          id
          name
          region { id name population collectiveIncome }
        }
        activities(first: 3, orderBy: { field: ON, direction: DESC }) {
          totalCount
          edges { node { on kind amount description } }
        }
      }
    }
  }
}
`,
    variables: { county: YANJI },
  },
  {
    id: 'secretaries',
    query: `# Village party secretaries in post on a date, with how they were chosen
# and what they are paid.
query SecretariesOn($region: ID!, $on: Date!) {
  positions(
    first: 50
    where: {
      inRegion: $region
      heldOn: $on
      role: SECRETARY
      hasOrganizationWith: [{ kind: PARTY_BRANCH, hasRegionWith: [{ level: VILLAGE }] }]
    }
  ) {
    totalCount
    edges {
      node {
        startedOn
        selectionMethod
        basicRemuneration
        organization { name region { name } }
        person { id name gender birthDate education backgrounds skills }
      }
    }
  }
}
`,
    variables: { region: YANJI, on: '2024-12-31' },
  },
  {
    id: 'regionStats',
    query: `# A region's figures and those of each region directly under it.
query RegionStats($region: ID!) {
  node(id: $region) {
    ... on Region {
      name
      level
      stats { organizations partyMembers links }
      children(first: 50, orderBy: { field: CODE }) {
        totalCount
        edges {
          node {
            id
            name
            code
            level
            stats { organizations partyMembers links }
          }
        }
      }
    }
  }
}
`,
    variables: { region: YANJI },
  },
];
