package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"strings"
	"sync/atomic"
	"unicode"

	"github.com/mozillazg/go-pinyin"

	"grassroots/internal/store"
)

// PageQuery is the page: 50 party branches of a region with their
// region, current leaders and first 10 links each.
const PageQuery = `query Page($r: ID!) { organizations(first: 50, where: {inRegion: $r, kind: PARTY_BRANCH}) { edges { node { id name region { name code } currentLeaders { role person { name } } links(first: 10) { totalCount edges { node { kind status source { name } target { name } } } } } } } }`

// SearchQuery is the search box.
const SearchQuery = `query Search($q: String!) { search(query: $q, first: 20) { type title subtitle score node { id } } }`

const regionsQuery = `query Regions($level: RegionLevel!, $after: Cursor) { regions(first: 100, after: $after, where: {level: $level}, orderBy: {field: CODE}) { edges { node { id } } pageInfo { hasNextPage endCursor } } }`

// gqlError is one error of a GraphQL response.
type gqlError struct {
	Message    string         `json:"message"`
	Extensions map[string]any `json:"extensions"`
}

func errorsOf(es []gqlError) error {
	if len(es) == 0 {
		return nil
	}
	code, _ := es[0].Extensions["code"].(string)
	return fmt.Errorf("%d GraphQL errors, first: %s (%s)", len(es), es[0].Message, code)
}

// body encodes a GraphQL request.
func body(query string, vars map[string]any) []byte {
	b, err := json.Marshal(map[string]any{"query": query, "variables": vars})
	if err != nil {
		panic(err)
	}
	return b
}

// regionIDs lists the IDs of every region of the level, through the API.
func regionIDs(ctx context.Context, p *poster, level string) ([]string, error) {
	var ids []string
	var after any
	for {
		code, raw, err := p.post(ctx, body(regionsQuery, map[string]any{"level": level, "after": after}))
		if err != nil {
			return nil, err
		}
		if code != 200 {
			return nil, statusError(code, raw)
		}
		var r struct {
			Data *struct {
				Regions struct {
					Edges []struct {
						Node struct{ ID string } `json:"node"`
					} `json:"edges"`
					PageInfo struct {
						HasNextPage bool    `json:"hasNextPage"`
						EndCursor   *string `json:"endCursor"`
					} `json:"pageInfo"`
				} `json:"regions"`
			} `json:"data"`
			Errors []gqlError `json:"errors"`
		}
		if err := json.Unmarshal(raw, &r); err != nil {
			return nil, fmt.Errorf("regions: %w", err)
		}
		if err := errorsOf(r.Errors); err != nil {
			return nil, fmt.Errorf("regions: %w", err)
		}
		if r.Data == nil {
			return nil, errors.New("regions: no data")
		}
		for _, e := range r.Data.Regions.Edges {
			ids = append(ids, e.Node.ID)
		}
		if !r.Data.Regions.PageInfo.HasNextPage || r.Data.Regions.PageInfo.EndCursor == nil {
			return ids, nil
		}
		after = *r.Data.Regions.PageInfo.EndCursor
	}
}

// pageResponse is what checkPage reads of a page answer.
type pageResponse struct {
	Data *struct {
		Organizations *struct {
			Edges []struct {
				Node *struct {
					ID     string `json:"id"`
					Name   string `json:"name"`
					Region *struct {
						Code string `json:"code"`
					} `json:"region"`
					CurrentLeaders []struct {
						Role   string `json:"role"`
						Person *struct {
							Name string `json:"name"`
						} `json:"person"`
					} `json:"currentLeaders"`
					Links *struct {
						TotalCount int `json:"totalCount"`
						Edges      []struct {
							Node *struct {
								Kind   string `json:"kind"`
								Source *struct {
									Name string `json:"name"`
								} `json:"source"`
								Target *struct {
									Name string `json:"name"`
								} `json:"target"`
							} `json:"node"`
						} `json:"edges"`
					} `json:"links"`
				} `json:"node"`
			} `json:"edges"`
		} `json:"organizations"`
	} `json:"data"`
	Errors []gqlError `json:"errors"`
}

// checkPage validates one page answer and returns its number of organizations.
func checkPage(code int, raw []byte) (int, error) {
	if code != 200 {
		return 0, statusError(code, raw)
	}
	var r pageResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		return 0, fmt.Errorf("answer is not JSON: %v: %s", err, clip(raw))
	}
	if err := errorsOf(r.Errors); err != nil {
		return 0, err
	}
	if r.Data == nil || r.Data.Organizations == nil {
		return 0, fmt.Errorf("no data.organizations: %s", clip(raw))
	}
	edges := r.Data.Organizations.Edges
	if len(edges) > 50 {
		return 0, fmt.Errorf("page of 50 returned %d organizations", len(edges))
	}
	for _, e := range edges {
		n := e.Node
		switch {
		case n == nil || n.ID == "" || n.Name == "":
			return 0, errors.New("organization without id or name")
		case n.Region == nil || n.Region.Code == "":
			return 0, fmt.Errorf("organization %s without region", n.ID)
		case n.Links == nil:
			return 0, fmt.Errorf("organization %s without links", n.ID)
		case len(n.Links.Edges) > 10 || len(n.Links.Edges) > n.Links.TotalCount:
			return 0, fmt.Errorf("organization %s: %d links on a page of 10, %d in all", n.ID, len(n.Links.Edges), n.Links.TotalCount)
		}
		for _, l := range n.CurrentLeaders {
			if l.Person == nil || l.Person.Name == "" {
				return 0, fmt.Errorf("organization %s: leader without a person", n.ID)
			}
		}
		for _, l := range n.Links.Edges {
			if l.Node == nil || l.Node.Source == nil || l.Node.Target == nil || l.Node.Source.Name == "" || l.Node.Target.Name == "" {
				return 0, fmt.Errorf("organization %s: link without both ends", n.ID)
			}
		}
	}
	return len(edges), nil
}

// pageCall returns the load-test request of the page query, rotating over
// the regions; nonEmpty counts answers with at least one organization.
func pageCall(regions []string, nonEmpty *atomic.Int64) do {
	bodies := make([][]byte, len(regions))
	for i, r := range regions {
		bodies[i] = body(PageQuery, map[string]any{"r": r})
	}
	return func(ctx context.Context, p *poster, seq int) error {
		code, raw, err := p.post(ctx, bodies[seq%len(bodies)])
		if err != nil {
			return err
		}
		if seq%fullEvery != 0 {
			rest, err := quickCheck(code, raw, "organizations")
			if err == nil && !bytes.HasPrefix(rest, []byte(`{"edges":[]`)) {
				nonEmpty.Add(1)
			}
			return err
		}
		n, err := checkPage(code, raw)
		if err != nil {
			return err
		}
		if n > 0 {
			nonEmpty.Add(1)
		}
		return nil
	}
}

// searchResponse is what checkSearch reads of a search answer.
type searchResponse struct {
	Data *struct {
		Search []struct {
			Type  string `json:"type"`
			Title string `json:"title"`
			Node  *struct {
				ID string `json:"id"`
			} `json:"node"`
		} `json:"search"`
	} `json:"data"`
	Errors []gqlError `json:"errors"`
}

// checkSearch validates one search answer. Every term is taken from the
// loaded data, so an answer without hits is a failure too.
func checkSearch(code int, raw []byte, term string) error {
	if code != 200 {
		return statusError(code, raw)
	}
	var r searchResponse
	if err := json.Unmarshal(raw, &r); err != nil {
		return fmt.Errorf("answer is not JSON: %v: %s", err, clip(raw))
	}
	if err := errorsOf(r.Errors); err != nil {
		return err
	}
	if r.Data == nil || r.Data.Search == nil {
		return fmt.Errorf("no data.search: %s", clip(raw))
	}
	hits := r.Data.Search
	if len(hits) == 0 {
		return fmt.Errorf("search %q found nothing", term)
	}
	if len(hits) > 20 {
		return fmt.Errorf("search %q: %d hits for first: 20", term, len(hits))
	}
	for _, h := range hits {
		if h.Node == nil || h.Node.ID == "" || h.Title == "" {
			return fmt.Errorf("search %q: hit without node or title", term)
		}
	}
	return nil
}

func searchCall(terms []Term) do {
	bodies := make([][]byte, len(terms))
	for i, t := range terms {
		bodies[i] = body(SearchQuery, map[string]any{"q": t.Query})
	}
	return func(ctx context.Context, p *poster, seq int) error {
		i := seq % len(bodies)
		code, raw, err := p.post(ctx, bodies[i])
		if err != nil {
			return err
		}
		return checkSearch(code, raw, terms[i].Query)
	}
}

// Term is one search query and the kind of query it is.
type Term struct {
	Kind  string
	Query string
}

// Term kinds, in the order the mix cycles through them.
var termKinds = []string{"Chinese substring", "full pinyin", "initials", "code prefix"}

type nameRow struct{ name, latin, code string }

// sample reads about n rows of table, spread over its ids.
func sample(ctx context.Context, st *store.Store, table string, withCode bool, n int) ([]nameRow, error) {
	cols := "name, COALESCE(name_latin, '')"
	if withCode {
		cols += ", code"
	}
	var total int
	if err := st.DB.QueryRowContext(ctx, `SELECT COUNT(*) FROM `+table).Scan(&total); err != nil {
		return nil, fmt.Errorf("count %s: %w", table, err)
	}
	step := max(1, total/n)
	rows, err := st.DB.QueryContext(ctx, `SELECT `+cols+` FROM `+table+` WHERE id % `+fmt.Sprint(step)+` = 0 ORDER BY id`)
	if err != nil {
		return nil, fmt.Errorf("sample %s: %w", table, err)
	}
	defer rows.Close()
	var out []nameRow
	for rows.Next() {
		var r nameRow
		dst := []any{&r.name, &r.latin}
		if withCode {
			dst = append(dst, &r.code)
		}
		if err := rows.Scan(dst...); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// searchTerms draws n queries from the loaded data: Chinese substrings of
// names of regions, organizations and people, their full pinyin, the initials
// of their syllables, and prefixes of region codes, in equal shares.
func searchTerms(ctx context.Context, st *store.Store, n int, seed uint64) ([]Term, error) {
	regions, err := sample(ctx, st, "regions", true, 2000)
	if err != nil {
		return nil, err
	}
	orgs, err := sample(ctx, st, "organizations", false, 2000)
	if err != nil {
		return nil, err
	}
	people, err := sample(ctx, st, "people", false, 2000)
	if err != nil {
		return nil, err
	}
	if len(regions) == 0 || len(orgs) == 0 || len(people) == 0 {
		return nil, errors.New("search terms: the database holds no regions, organizations or people")
	}
	return makeTerms(regions, orgs, people, n, seed), nil
}

// makeTerms is the pure part of searchTerms.
func makeTerms(regions, orgs, people []nameRow, n int, seed uint64) []Term {
	rnd := rand.New(rand.NewPCG(seed, 0x5ea4c4))
	pick := func(rs []nameRow) nameRow { return rs[rnd.IntN(len(rs))] }
	names := [][]nameRow{regions, orgs, people}
	terms := make([]Term, 0, n)
	for i := 0; len(terms) < n && i < 100*n; i++ {
		kind := termKinds[i%len(termKinds)]
		src := pick(names[(i/len(termKinds))%len(names)])
		var q string
		switch kind {
		case "Chinese substring":
			q = substring(src.name, rnd)
		case "full pinyin":
			q = fullPinyin(src.latin)
			if q == "" {
				q = strings.Join(syllables(src.name), "")
			}
		case "initials":
			for _, s := range syllables(src.name) {
				q += s[:1]
			}
		case "code prefix":
			c := pick(regions).code
			sig := significant(c)
			if len(sig) < 2 {
				continue
			}
			// 2 digits up to the whole significant part, in steps of 2 or 3
			cut := []int{2, 4, 6, 9, 12}
			var ok []int
			for _, k := range cut {
				if k <= len(sig) {
					ok = append(ok, k)
				}
			}
			q = sig[:ok[rnd.IntN(len(ok))]]
		}
		if q == "" {
			continue
		}
		terms = append(terms, Term{Kind: kind, Query: q})
	}
	return terms
}

// substring returns 2 to 4 consecutive characters of a Chinese name (all of
// it when it is short).
func substring(name string, rnd *rand.Rand) string {
	rs := []rune(name)
	if len(rs) <= 2 {
		return name
	}
	l := 2 + rnd.IntN(min(3, len(rs)-1))
	l = min(l, len(rs))
	at := rnd.IntN(len(rs) - l + 1)
	return string(rs[at : at+l])
}

// fullPinyin writes a stored Latin name as the search box takes it: lower
// case, no spaces, ü as u.
func fullPinyin(latin string) string {
	var b strings.Builder
	for _, r := range strings.ToLower(latin) {
		switch {
		case r == 'ü':
			b.WriteByte('u')
		case r < unicode.MaxASCII && (unicode.IsLetter(r) || unicode.IsDigit(r)):
			b.WriteRune(r)
		}
	}
	return b.String()
}

var pinyinArgs = pinyin.NewArgs()

// syllables is the toneless pinyin of each Han character of name (other
// characters are skipped).
func syllables(name string) []string {
	var out []string
	for _, s := range pinyin.Pinyin(name, pinyinArgs) {
		if len(s) > 0 && s[0] != "" {
			out = append(out, strings.ReplaceAll(s[0], "ü", "u"))
		}
	}
	return out
}

// significant strips the trailing zero groups of a 12-digit division code:
// 222401000000 → 222401.
func significant(code string) string {
	for _, n := range []int{2, 4, 6, 9} {
		if len(code) == 12 && strings.Trim(code[n:], "0") == "" {
			return code[:n]
		}
	}
	return code
}
