package bench

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"slices"
	"strings"
)

// Two checks on twin answers: every answer of a load test passes a cheap one
// (HTTP 200, JSON, no errors, the data there); before any is timed, one
// answer of each server is put in a normal form and compared with ours, so
// that every server is measured doing the same work.

// fullEvery is how often a load test decodes an answer in full: one in 16
// (the first included); every other answer passes quickCheck. Decoding a
// page of 50 organizations costs the client about as much CPU as a fast
// server spends answering it, and client and servers share the machine.
const fullEvery = 16

// quickCheck checks an answer without decoding it: HTTP 200, a JSON object
// that starts with data and its root field, which is not null, and no
// errors anywhere. It returns what follows the root field's name.
func quickCheck(code int, raw []byte, root string) ([]byte, error) {
	if code != 200 {
		return nil, statusError(code, raw)
	}
	head := `{"data":{"` + root + `":`
	if !bytes.HasPrefix(raw, []byte(head)) || !bytes.HasSuffix(bytes.TrimSpace(raw), []byte("}")) {
		return nil, fmt.Errorf("answer is not data.%s: %s", root, clip(raw))
	}
	rest := raw[len(head):]
	if bytes.HasPrefix(rest, []byte("null")) {
		return nil, fmt.Errorf("no data.%s: %s", root, clip(raw))
	}
	if bytes.Contains(raw, []byte(`"errors":`)) {
		return nil, fmt.Errorf("answer with errors: %s", clip(raw))
	}
	return rest, nil
}

// rootOf checks one answer and returns the value under its root field, which
// must not be null.
func rootOf(code int, raw []byte, root string) (json.RawMessage, error) {
	if code != 200 {
		return nil, statusError(code, raw)
	}
	var a struct {
		Data   map[string]json.RawMessage `json:"data"`
		Errors []gqlError                 `json:"errors"`
	}
	if err := json.Unmarshal(raw, &a); err != nil {
		return nil, fmt.Errorf("answer is not JSON: %v: %s", err, clip(raw))
	}
	if err := errorsOf(a.Errors); err != nil {
		return nil, err
	}
	v := a.Data[root]
	if len(v) == 0 || bytes.Equal(v, []byte("null")) {
		return nil, fmt.Errorf("no data.%s: %s", root, clip(raw))
	}
	return v, nil
}

// checkList checks an answer of a list shape: want edges under root.
func checkList(code int, raw []byte, root string, want int) error {
	v, err := rootOf(code, raw, root)
	if err != nil {
		return err
	}
	var conn struct {
		Edges []json.RawMessage `json:"edges"`
	}
	if err := json.Unmarshal(v, &conn); err != nil {
		return fmt.Errorf("data.%s: %v", root, err)
	}
	if len(conn.Edges) != want {
		return fmt.Errorf("data.%s has %d edges, want %d", root, len(conn.Edges), want)
	}
	return nil
}

// checkOrg checks an answer of the organization page: the organization
// asked for, under root.
func checkOrg(code int, raw []byte, root, key, id string) error {
	v, err := rootOf(code, raw, root)
	if err != nil {
		return err
	}
	var o map[string]json.RawMessage
	if err := json.Unmarshal(v, &o); err != nil {
		return fmt.Errorf("data.%s: %v", root, err)
	}
	var got string
	if err := json.Unmarshal(o[key], &got); err != nil || got != id {
		return fmt.Errorf("data.%s.%s is %s, want %q", root, key, o[key], id)
	}
	return nil
}

// decodeRoot checks an answer and decodes the value under its root field.
func decodeRoot(code int, raw []byte, root string) (any, error) {
	v, err := rootOf(code, raw, root)
	if err != nil {
		return nil, err
	}
	var out any
	d := json.NewDecoder(bytes.NewReader(v))
	d.UseNumber()
	if err := d.Decode(&out); err != nil {
		return nil, err
	}
	return out, nil
}

// at walks a decoded answer; a missing step is nil.
func at(v any, path ...string) any {
	for _, k := range path {
		m, ok := v.(map[string]any)
		if !ok {
			return nil
		}
		v = m[k]
	}
	return v
}

// text reads a string (an ID, a name, PostGraphile's BigInt) or a number.
func text(v any, path ...string) string {
	switch s := at(v, path...).(type) {
	case string:
		return s
	case json.Number:
		return s.String()
	}
	return ""
}

func count(v any, path ...string) int {
	n, _ := at(v, path...).(json.Number)
	i, _ := n.Int64()
	return int(i)
}

func items(v any, path ...string) []any {
	l, _ := at(v, path...).([]any)
	return l
}

// nodes are the nodes of a connection's edges.
func nodes(conn any) []any {
	var out []any
	for _, e := range items(conn, "edges") {
		out = append(out, at(e, "node"))
	}
	return out
}

// nestedOrg is one organization of the nested shape in normal form.
type nestedOrg struct {
	ID, Name, Region string
	Posts            []string // role and person's name, in order
	LinkTotal        int
	Links            []string // kind, status, other end's ID and name
}

type nestedPage struct {
	Total int
	Orgs  []nestedOrg
}

func linkEntry(l, other any, key string) string {
	return strings.Join([]string{text(l, "kind"), text(l, "status"), text(other, key), text(other, "name")}, " ")
}

func normaliseNested(f flavour, root any) nestedPage {
	p := nestedPage{Total: count(root, "totalCount")}
	key := keyField(f)
	for _, n := range nodes(root) {
		o := nestedOrg{ID: text(n, key), Name: text(n, "name")}
		if f == flavourOurs {
			o.Region = text(n, "region", "name")
			for _, q := range nodes(at(n, "positions")) {
				o.Posts = append(o.Posts, text(q, "role")+" "+text(q, "person", "name"))
			}
			o.LinkTotal = count(n, "links", "totalCount")
			for _, l := range nodes(at(n, "links")) {
				other := at(l, "target")
				if text(l, "source", "id") != o.ID {
					other = at(l, "source")
				}
				o.Links = append(o.Links, linkEntry(l, other, key))
			}
		} else {
			o.Region = text(n, "regionByRegionId", "name")
			for _, q := range nodes(at(n, "positionsByOrganizationId")) {
				o.Posts = append(o.Posts, text(q, "role")+" "+text(q, "personByPersonId", "name"))
			}
			o.LinkTotal = count(n, "linksBySourceId", "totalCount") + count(n, "linksByTargetId", "totalCount")
			for _, l := range nodes(at(n, "linksBySourceId")) {
				o.Links = append(o.Links, linkEntry(l, at(l, "organizationByTargetId"), key))
			}
			for _, l := range nodes(at(n, "linksByTargetId")) {
				o.Links = append(o.Links, linkEntry(l, at(l, "organizationBySourceId"), key))
			}
		}
		p.Orgs = append(p.Orgs, o)
	}
	return p
}

// settleLinks accepts PostGraphile's links of an organization as ours when
// they agree: it read the first 10 of each direction, we the first 10 of
// both, so ours are a full page drawn from its.
func settleLinks(ours, theirs *nestedPage) {
	for i := range min(len(ours.Orgs), len(theirs.Orgs)) {
		o, t := &ours.Orgs[i], &theirs.Orgs[i]
		if o.LinkTotal == t.LinkTotal && len(o.Links) == min(10, o.LinkTotal) && subMultiset(o.Links, t.Links) {
			t.Links = o.Links
		}
	}
}

// subMultiset reports whether every element of a is in b, as often.
func subMultiset(a, b []string) bool {
	left := map[string]int{}
	for _, s := range b {
		left[s]++
	}
	for _, s := range a {
		if left[s] == 0 {
			return false
		}
		left[s]--
	}
	return true
}

func normaliseFlat(f flavour, root any) []string {
	var out []string
	for _, n := range nodes(root) {
		out = append(out, strings.Join([]string{text(n, keyField(f)), text(n, "name"), text(n, "kind"), text(n, "status")}, " "))
	}
	return out
}

// orgPage is the organization page's data in normal form.
type orgPage struct {
	ID, Name, Kind, Status, Founded string
	Regions                         []string // names, from the province down to the organization's region
	Parent, Host                    string
	PartyOrganizations              []string // active party organizations set up in it
	Children                        int
	Leaders                         []string // role and person ID, sorted
	MemberCount                     int
	Members                         int // current posts
	LinkTotal                       int
	Links                           []string // IDs of the first page
	ProjectTotal                    int
	Projects                        []string // IDs of the first page
	TimelinePosts, TimelineLinks    int
}

// leaderRoles and partyKinds mirror Organization.currentLeaders and
// partyOrganizations, which the PostGraphile client computes itself.
var (
	leaderRoles = []string{"SECRETARY", "DIRECTOR", "HEAD"}
	partyKinds  = []string{"PARTY_COMMITTEE", "PARTY_GENERAL_BRANCH", "PARTY_BRANCH"}
)

// normalisePage reads the answers to pageOps, in their order.
func normalisePage(f flavour, roots []any) orgPage {
	main, members, links, projects, timeline := roots[0], roots[1], roots[2], roots[3], roots[4]
	key := keyField(f)
	p := orgPage{ID: text(main, key), Name: text(main, "name"), Kind: text(main, "kind"), Status: text(main, "status")}
	p.Founded, _, _ = strings.Cut(text(main, "foundedOn"), "T")
	ids := func(list []any) []string {
		var out []string
		for _, n := range list {
			out = append(out, text(n, key))
		}
		return out
	}
	if f == flavourOurs {
		for _, r := range items(main, "region", "ancestors") {
			p.Regions = append(p.Regions, text(r, "name"))
		}
		p.Regions = append(p.Regions, text(main, "region", "name"))
		p.Parent, p.Host = text(main, "parent", "id"), text(main, "host", "id")
		p.PartyOrganizations = ids(items(main, "partyOrganizations"))
		p.Children = count(main, "children", "totalCount")
		for _, l := range items(main, "currentLeaders") {
			p.Leaders = append(p.Leaders, text(l, "role")+" "+text(l, "person", "id"))
		}
		p.MemberCount = count(main, "memberCount")
		p.Members = count(members, "positions", "totalCount")
		p.LinkTotal = count(links, "links", "totalCount")
		p.Links = ids(nodes(at(links, "links")))
		p.ProjectTotal = count(projects, "projects", "totalCount")
		p.Projects = ids(nodes(at(projects, "projects")))
		p.TimelinePosts = count(timeline, "positions", "totalCount")
		p.TimelineLinks = count(timeline, "links", "totalCount")
	} else {
		for r := at(main, "regionByRegionId"); r != nil; r = at(r, "regionByParentId") {
			p.Regions = append(p.Regions, text(r, "name"))
		}
		slices.Reverse(p.Regions)
		p.Parent, p.Host = text(main, "organizationByParentId", key), text(main, "organizationByHostId", key)
		for _, o := range items(main, "organizationsByHostId", "nodes") {
			if slices.Contains(partyKinds, text(o, "kind")) && text(o, "status") == "ACTIVE" {
				p.PartyOrganizations = append(p.PartyOrganizations, text(o, key))
			}
		}
		p.Children = count(main, "organizationsByParentId", "totalCount")
		people := map[string]bool{}
		for _, q := range items(main, "positionsByOrganizationId", "nodes") {
			person := text(q, "personByPersonId", key)
			people[person] = true
			if slices.Contains(leaderRoles, text(q, "role")) {
				p.Leaders = append(p.Leaders, text(q, "role")+" "+person)
			}
		}
		p.MemberCount = len(people)
		p.Members = count(members, "positionsByOrganizationId", "totalCount")
		p.LinkTotal = count(links, "linksBySourceId", "totalCount") + count(links, "linksByTargetId", "totalCount")
		// the first page of both directions together, in ID order
		both := append(ids(nodes(at(links, "linksBySourceId"))), ids(nodes(at(links, "linksByTargetId")))...)
		slices.SortStableFunc(both, compareIDs)
		p.Links = both[:min(len(both), pageListSize)]
		p.ProjectTotal = count(projects, "projectsByOrganizationId", "totalCount")
		p.Projects = ids(nodes(at(projects, "projectsByOrganizationId")))
		p.TimelinePosts = count(timeline, "positionsByOrganizationId", "totalCount")
		p.TimelineLinks = count(timeline, "linksBySourceId", "totalCount") + count(timeline, "linksByTargetId", "totalCount")
	}
	slices.Sort(p.Leaders)
	return p
}

// compareIDs orders decimal IDs by value.
func compareIDs(a, b string) int {
	if len(a) != len(b) {
		return len(a) - len(b)
	}
	return strings.Compare(a, b)
}

// firstDiff describes the first difference between two values in normal
// form, or returns "" when they are equal.
func firstDiff(want, got any) string {
	return diffAt("", reflect.ValueOf(want), reflect.ValueOf(got))
}

func diffAt(path string, a, b reflect.Value) string {
	switch a.Kind() {
	case reflect.Struct:
		for i := range a.NumField() {
			if d := diffAt(path+"."+a.Type().Field(i).Name, a.Field(i), b.Field(i)); d != "" {
				return d
			}
		}
		return ""
	case reflect.Slice:
		for i := range min(a.Len(), b.Len()) {
			if d := diffAt(fmt.Sprintf("%s[%d]", path, i), a.Index(i), b.Index(i)); d != "" {
				return d
			}
		}
		if a.Len() != b.Len() {
			return fmt.Sprintf("%s: %d entries against %d", strings.TrimPrefix(path, "."), a.Len(), b.Len())
		}
		return ""
	}
	if a.Interface() != b.Interface() {
		return fmt.Sprintf("%s: %v against %v", strings.TrimPrefix(path, "."), a.Interface(), b.Interface())
	}
	return ""
}
