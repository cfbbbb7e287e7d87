package bench

import (
	"regexp"
	"strings"
)

// The twin shapes: the same data asked of the grassroots server and of
// PostGraphile, each in its own schema's words. PostGraphile derives its
// schema from the tables, so it reads a link from each end separately (it has
// no relation for "links in both directions") and the client takes the
// other end from whichever direction it got; PostGraphile 5's amber preset
// calls the primary key rowId (its id is the global node ID) and looks an
// organization up by organizationByRowId.

// flavour is whose schema a query is written in.
type flavour int

const (
	flavourOurs flavour = iota
	flavourV4
	flavourV5
)

// Shape names.
const (
	shapeNested = "nested"
	shapeFlat   = "flat"
	shapePage   = "organization page"
)

// Nested: 50 party branches ordered by name, with totalCount, region name,
// current posts with the person's name (first 10), links with kind, status,
// other end's name and totalCount (first 10).
const (
	oursNested = `query Nested { organizations(first: 50, where: {kind: PARTY_BRANCH}, orderBy: {field: NAME}) { totalCount edges { node { id name region { name } positions(first: 10, where: {endedOnIsNil: true}) { edges { node { role person { name } } } } links(first: 10) { totalCount edges { node { kind status source { id name } target { id name } } } } } } } }`
	v4Nested   = `query Nested { allOrganizations(first: 50, orderBy: NAME_ASC, condition: {kind: "PARTY_BRANCH"}) { totalCount edges { node { id name regionByRegionId { name } positionsByOrganizationId(first: 10, condition: {endedOn: null}) { edges { node { role personByPersonId { name } } } } linksBySourceId(first: 10) { totalCount edges { node { kind status organizationByTargetId { id name } } } } linksByTargetId(first: 10) { totalCount edges { node { kind status organizationBySourceId { id name } } } } } } } }`
)

// Flat: 100 organizations (id, name, kind, status) ordered by name.
const (
	oursFlat = `query Flat { organizations(first: 100, orderBy: {field: NAME}) { edges { node { id name kind status } } } }`
	v4Flat   = `query Flat { allOrganizations(first: 100, orderBy: NAME_ASC) { edges { node { id name kind status } } } }`
)

// The organization page's operations as the web app sends them on load
// (frontend/src/pages/organizations; a test keeps these copies equal to
// them): the organization first, then, once it has arrived, its members,
// links, projects and timeline at once. The page asks for the children of a
// committee or of an organization that has some; the bench opens party
// branches without children, which never do.
const (
	oursPageMain = `
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
`
	oursPageMembers = `
  query OrganizationMembers($id: ID!, $where: PositionWhereInput, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        positions(
          where: $where
          orderBy: { field: STARTED_ON, direction: DESC }
          first: $first
          after: $after
          last: $last
          before: $before
        ) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              role
              startedOn
              endedOn
              selectionMethod
              basicRemuneration
              person { id name nameLatin }
            }
          }
        }
      }
    }
  }
`
	oursPageLinks = `
  query OrganizationLinks($id: ID!, $kinds: [LinkKind!], $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        links(kinds: $kinds, first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              version
              viewerCanEdit
              kind
              status
              startedOn
              endedOn
              goals
              notes
              source { id name nameLatin kind }
              target { id name nameLatin kind }
            }
          }
        }
      }
    }
  }
`
	oursPageProjects = `
  query OrganizationProjects($id: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        projects(first: $first, after: $after, last: $last, before: $before) {
          totalCount
          pageInfo { ...PageInfo }
          edges {
            node {
              id
              viewerCanEdit
              name
              nameLatin
              kind
              status
              startedOn
              investment
              leader { id name nameLatin }
              incomes { year income }
            }
          }
        }
      }
    }
  }
`
	oursPageTimeline = `
  query OrganizationTimeline($id: ID!, $limit: Int!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        positions(first: $limit, orderBy: { field: STARTED_ON, direction: ASC }) {
          totalCount
          edges { node { id role startedOn endedOn person { id name } } }
        }
        links(first: $limit) {
          totalCount
          edges { node { id kind startedOn endedOn source { id name } target { id name } } }
        }
      }
    }
  }
`
)

// The page's twins. Where our schema has a computed field, PostGraphile's
// client asks for the rows and computes it: the region's ancestors are its
// parents four levels up (village, township, county, city, province); the
// current posts serve both the member count (distinct people) and the
// leaders (the posts of the leader roles); the hosted organizations are
// filtered to active party organizations. "Current" is a post without an end
// date (the demo has no end dates to come). Lists come in primary-key order:
// PostGraphile 5 offers an order only on indexed columns, and the posts'
// start date has no index.
const (
	v4PageMain     = `query OrganizationPage($id: BigInt!) { organizationById(id: $id) { id version name nameLatin kind setting status foundedOn dissolvedOn creditCode industry twinningCapacity regionByRegionId { id name nameLatin regionByParentId { id name nameLatin regionByParentId { id name nameLatin regionByParentId { id name nameLatin regionByParentId { id name nameLatin } } } } } organizationByParentId { id name nameLatin kind } organizationByHostId { id name nameLatin kind } organizationsByHostId { nodes { id name nameLatin kind status } } organizationsByParentId { totalCount } positionsByOrganizationId(condition: {endedOn: null}) { nodes { id role startedOn personByPersonId { id name nameLatin } } } } }`
	v4PageMembers  = `query OrganizationMembers($id: BigInt!, $first: Int) { organizationById(id: $id) { id positionsByOrganizationId(condition: {endedOn: null}, first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id version role startedOn endedOn selectionMethod basicRemuneration personByPersonId { id name nameLatin } } } } } }`
	v4PageLinks    = `query OrganizationLinks($id: BigInt!, $first: Int) { organizationById(id: $id) { id linksBySourceId(first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id version kind status startedOn endedOn goals notes organizationBySourceId { id name nameLatin kind } organizationByTargetId { id name nameLatin kind } } } } linksByTargetId(first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id version kind status startedOn endedOn goals notes organizationBySourceId { id name nameLatin kind } organizationByTargetId { id name nameLatin kind } } } } } }`
	v4PageProjects = `query OrganizationProjects($id: BigInt!, $first: Int) { organizationById(id: $id) { id projectsByOrganizationId(first: $first) { totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { node { id name nameLatin kind status startedOn investment personByLeaderId { id name nameLatin } projectIncomesByProjectId { nodes { year income } } } } } } }`
	v4PageTimeline = `query OrganizationTimeline($id: BigInt!, $limit: Int!) { organizationById(id: $id) { id positionsByOrganizationId(first: $limit) { totalCount edges { node { id role startedOn endedOn personByPersonId { id name } } } } linksBySourceId(first: $limit) { totalCount edges { node { id kind startedOn endedOn organizationBySourceId { id name } organizationByTargetId { id name } } } } linksByTargetId(first: $limit) { totalCount edges { node { id kind startedOn endedOn organizationBySourceId { id name } organizationByTargetId { id name } } } } } }`
)

// Page sizes the web app asks for (PAGE_SIZE, PROJECTS_PER_PAGE, TIMELINE_LIMIT).
const (
	pageListSize     = 20
	pageProjectsSize = 10
	pageTimelineSize = 100
)

// pageInfoFragment is the web app's PageInfo fragment
// (frontend/src/components/paging.ts), which its lists spread.
const pageInfoFragment = `
  fragment PageInfo on PageInfo {
    hasNextPage
    hasPreviousPage
    startCursor
    endCursor
  }
`

// pageOp is one operation of the organization page.
type pageOp struct {
	name     string
	ours, v4 string
	// vars are the variables for an organization; ours take the post
	// filter's date as well.
	vars func(id, today string) map[string]any
	// pgVars drop what PostGraphile's twin does not take.
	pgVars func(id string) map[string]any
}

// pageOps is the page's load: the first operation, then the others at once.
var pageOps = []pageOp{
	{name: "OrganizationPage", ours: oursPageMain, v4: v4PageMain,
		vars:   func(id, _ string) map[string]any { return map[string]any{"id": id} },
		pgVars: func(id string) map[string]any { return map[string]any{"id": id} }},
	{name: "OrganizationMembers", ours: oursPageMembers, v4: v4PageMembers,
		vars: func(id, today string) map[string]any {
			// the members list opens on current posts: no end date, or one to come
			where := map[string]any{"or": []any{map[string]any{"endedOnIsNil": true}, map[string]any{"endedOnGT": today}}}
			return map[string]any{"id": id, "where": where, "first": pageListSize}
		},
		pgVars: func(id string) map[string]any { return map[string]any{"id": id, "first": pageListSize} }},
	{name: "OrganizationLinks", ours: oursPageLinks, v4: v4PageLinks,
		vars:   func(id, _ string) map[string]any { return map[string]any{"id": id, "first": pageListSize} },
		pgVars: func(id string) map[string]any { return map[string]any{"id": id, "first": pageListSize} }},
	{name: "OrganizationProjects", ours: oursPageProjects, v4: v4PageProjects,
		vars:   func(id, _ string) map[string]any { return map[string]any{"id": id, "first": pageProjectsSize} },
		pgVars: func(id string) map[string]any { return map[string]any{"id": id, "first": pageProjectsSize} }},
	{name: "OrganizationTimeline", ours: oursPageTimeline, v4: v4PageTimeline,
		vars:   func(id, _ string) map[string]any { return map[string]any{"id": id, "limit": pageTimelineSize} },
		pgVars: func(id string) map[string]any { return map[string]any{"id": id, "limit": pageTimelineSize} }},
}

// queryFor returns a twin in the flavour's words.
func queryFor(f flavour, ours, v4 string) string {
	switch f {
	case flavourOurs:
		if strings.Contains(ours, "...PageInfo") {
			return ours + pageInfoFragment
		}
		return ours
	case flavourV5:
		return toV5(v4)
	}
	return v4
}

var idField = regexp.MustCompile(`([{\s])id([\s}])`)

// toV5 rewrites a PostGraphile 4 query for PostGraphile 5's amber preset:
// the primary key field is rowId, and an organization is looked up by it.
func toV5(q string) string {
	q = strings.ReplaceAll(q, "organizationById(id: ", "organizationByRowId(rowId: ")
	return idField.ReplaceAllString(q, "${1}rowId${2}")
}

// rootField is the field a shape's answer sits under.
func rootField(f flavour, shape string) string {
	switch {
	case shape == shapePage && f == flavourOurs:
		return "node"
	case shape == shapePage && f == flavourV4:
		return "organizationById"
	case shape == shapePage:
		return "organizationByRowId"
	case f == flavourOurs:
		return "organizations"
	}
	return "allOrganizations"
}

// keyField is the field holding an object's database ID.
func keyField(f flavour) string {
	if f == flavourV5 {
		return "rowId"
	}
	return "id"
}

// twinQueries lists every PostGraphile twin, for the schema check.
func twinQueries(f flavour) map[string]string {
	qs := map[string]string{
		shapeNested: queryFor(f, oursNested, v4Nested),
		shapeFlat:   queryFor(f, oursFlat, v4Flat),
	}
	for _, op := range pageOps {
		qs[shapePage+" "+op.name] = queryFor(f, op.ours, op.v4)
	}
	return qs
}
