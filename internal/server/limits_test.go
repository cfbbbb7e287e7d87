package server_test

import (
	"bytes"
	"fmt"
	"net/http"
	"strings"
	"testing"
)

// nested returns `open` n times around inner, closed again.
func nested(open, inner, close string, n int) string {
	return strings.Repeat(open, n) + inner + strings.Repeat(close, n)
}

func aliases(n int, field string) string {
	var b strings.Builder
	b.WriteString("{")
	for i := range n {
		fmt.Fprintf(&b, " a%d: %s", i, field)
	}
	b.WriteString(" }")
	return b.String()
}

// fragmentBomb spreads each fragment twice into the next: 2^n fields once
// expanded, from a document of a few hundred bytes.
func fragmentBomb(n int) string {
	var b strings.Builder
	b.WriteString("query Bomb { ...F0 }\n")
	for i := range n {
		fmt.Fprintf(&b, "fragment F%d on Query { ...F%d ...F%d }\n", i, i+1, i+1)
	}
	fmt.Fprintf(&b, "fragment F%d on Query { __typename }\n", n)
	return b.String()
}

func TestLimitsRejectAbusiveQueries(t *testing.T) {
	cases := []struct {
		name  string
		query string
		vars  map[string]any
		field string
		msg   string
	}{
		{
			name:  "depth 20",
			query: `{ node(id: "1") { ... on Region { ` + nested("parent { ", "id", " }", 20) + ` } } }`,
			msg:   "deep",
		},
		{
			name:  "1,000 aliases",
			query: aliases(1000, "__typename"),
			msg:   "more than 500 fields",
		},
		{
			name:  "fragments expanding to 2^30 fields",
			query: fragmentBomb(30),
			msg:   "more than 500 fields",
		},
		{
			name:  "first: 100000",
			query: `{ regions(first: 100000) { totalCount } }`,
			field: "first",
			msg:   "at most 100",
		},
		{
			name:  "first beyond int64",
			query: `{ regions(first: 100000000000000000000000) { totalCount } }`,
			msg:   "Int cannot represent",
		},
		{
			name:  "last: 101",
			query: `{ organizations(last: 101) { totalCount } }`,
			field: "last",
			msg:   "at most 100",
		},
		{
			name:  "negative first",
			query: `{ people(first: -1) { totalCount } }`,
			field: "first",
			msg:   "negative",
		},
		{
			name:  "first: 101 in a variable",
			query: `query Big($n: Int) { links(first: $n) { totalCount } }`,
			vars:  map[string]any{"n": 101},
			field: "first",
			msg:   "at most 100",
		},
		{
			name:  "nested connection over its limit",
			query: `{ regions(first: 1) { edges { node { children(first: 500) { totalCount } } } } }`,
			field: "first",
		},
		{
			name: "last: 101 inside a fragment",
			query: `query Q { regions(first: 1) { edges { node { ...R } } } }
				fragment R on Region { residents(last: 101) { totalCount } }`,
			field: "last",
		},
		{
			name: "first: 100 nested three deep",
			query: `{ organizations(first: 100) { edges { node {
				children(first: 100) { edges { node {
					children(first: 100) { edges { node { id name } } } } } } } } } }`,
			msg: "complexity",
		},
		{
			name:  "14,000 repeated fields, refused before validation",
			query: "{" + strings.Repeat(" __typename", 14000) + " }",
			msg:   "the document has 14000 fields",
		},
		{
			name:  "16,000 tokens",
			query: "{" + strings.Repeat(" __typename", 16000) + " }",
			msg:   "token limit",
		},
	}
	forEachDialect(t, func(t *testing.T, e *env) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				r := e.query(t, c.query, c.vars)
				r.fails(t, "BAD_USER_INPUT", c.field, c.msg)
				if r.Data != nil && string(r.Data) != "null" {
					t.Errorf("rejected operation returned data %s", r.Data)
				}
				e.alive(t)
			})
		}

		t.Run("body over 1 MiB", func(t *testing.T) {
			pad := strings.Repeat("x", 1<<20)
			r := e.post(t, []byte(`{"query":"{ __typename }","variables":{"pad":"`+pad+`"}}`), "application/json")
			if r.status != http.StatusRequestEntityTooLarge {
				t.Errorf("status = %d, want 413", r.status)
			}
			r.fails(t, "BAD_USER_INPUT", "", "larger than")
			e.alive(t)
		})

		t.Run("body over 1 MiB without a length", func(t *testing.T) {
			pad := strings.Repeat("x", 1<<20)
			body := struct{ *bytes.Reader }{bytes.NewReader([]byte(`{"query":"{ __typename }","variables":{"pad":"` + pad + `"}}`))}
			req, _ := http.NewRequest(http.MethodPost, e.url+"/graphql", body) // unknown length: sent chunked
			req.Header.Set("Content-Type", "application/json")
			r := e.send(t, req)
			if r.status != http.StatusRequestEntityTooLarge {
				t.Errorf("status = %d, want 413", r.status)
			}
			r.fails(t, "BAD_USER_INPUT", "", "larger than")
			e.alive(t)
		})
	})
}

func TestLimitsAllowOrdinaryQueries(t *testing.T) {
	cases := []struct {
		name  string
		query string
	}{
		{
			name: "50 organizations with region, leaders and 10 links",
			query: `{ organizations(first: 50) { totalCount edges { node {
				id name region { name } currentLeaders { role person { name } }
				links(first: 10) { edges { node { kind target { name } } } } } } } }`,
		},
		{
			name: "100 regions with default-sized children",
			query: `{ regions(first: 100) { edges { node { name
				children { totalCount edges { node { name } } } } } } }`,
		},
		{
			name:  "connection fields without first or last",
			query: `{ people { totalCount } positions { totalCount } projects { totalCount } links { totalCount } }`,
		},
		{
			name:  "introspection, as GraphiQL sends it",
			query: introspectionQuery,
		},
	}
	forEachDialect(t, func(t *testing.T, e *env) {
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) {
				e.query(t, c.query, nil).ok(t, nil)
			})
		}
	})
}

// introspectionQuery is graphql-js's getIntrospectionQuery(), which GraphiQL
// sends on load.
const introspectionQuery = `
query IntrospectionQuery {
  __schema {
    queryType { name }
    mutationType { name }
    subscriptionType { name }
    types { ...FullType }
    directives { name description locations args { ...InputValue } }
  }
}
fragment FullType on __Type {
  kind name description
  fields(includeDeprecated: true) {
    name description
    args { ...InputValue }
    type { ...TypeRef }
    isDeprecated deprecationReason
  }
  inputFields { ...InputValue }
  interfaces { ...TypeRef }
  enumValues(includeDeprecated: true) { name description isDeprecated deprecationReason }
  possibleTypes { ...TypeRef }
}
fragment InputValue on __InputValue {
  name description
  type { ...TypeRef }
  defaultValue
}
fragment TypeRef on __Type {
  kind name
  ofType { kind name ofType { kind name ofType { kind name ofType { kind name
    ofType { kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } } }
}
`
