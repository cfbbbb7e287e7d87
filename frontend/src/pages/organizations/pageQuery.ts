import { graphql } from '../../gql';

// The organization page's own query: its header. The edit form reads it
// again after a save.
export const OrganizationPageQueryDoc = graphql(`
  query OrganizationPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        version
        viewerCanEdit
        name
        nameLatin
        kind
        setting
        status
        foundedOn
        dissolvedOn
        creditCode
        industry
        twinningCapacity
        memberCount
        region {
          id
          name
          nameLatin
          ancestors { id name nameLatin }
        }
        parent { id name nameLatin kind }
        host { id name nameLatin kind }
        partyOrganizations { id name nameLatin kind status }
        children(first: 0) { totalCount }
        currentLeaders {
          id
          role
          startedOn
          person { id name nameLatin }
        }
      }
    }
  }
`);
