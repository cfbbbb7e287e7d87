package bench

import (
	"context"
	"errors"
	"fmt"
	"net/http"
	"sync"
)

// twinServer is one server the twin shapes are measured on.
type twinServer struct {
	name    string
	flavour flavour
	url     string // …/graphql
	probe   *cpuProbe
}

// fetchRoot sends one request and decodes its answer's root field.
func fetchRoot(ctx context.Context, p *poster, b []byte, root string) (any, error) {
	code, raw, err := p.post(ctx, b)
	if err != nil {
		return nil, err
	}
	return decodeRoot(code, raw, root)
}

// listCall is the load-test request of the nested or flat shape: every
// answer must hold as many organizations as the checked one did.
func listCall(s *twinServer, shape string, want int) do {
	q := queryFor(s.flavour, oursNested, v4Nested)
	if shape == shapeFlat {
		q = queryFor(s.flavour, oursFlat, v4Flat)
	}
	b, root := body(q, nil), rootField(s.flavour, shape)
	return func(ctx context.Context, p *poster, seq int) error {
		code, raw, err := p.post(ctx, b)
		if err != nil {
			return err
		}
		if seq%fullEvery != 0 {
			_, err := quickCheck(code, raw, root)
			return err
		}
		return checkList(code, raw, root, want)
	}
}

// pageBodies are the requests of the organization page for each
// organization, in pageOps order.
func pageBodies(f flavour, ids []string, today string) [][][]byte {
	out := make([][][]byte, len(ids))
	for i, id := range ids {
		for _, op := range pageOps {
			vars := op.vars(id, today)
			if f != flavourOurs {
				vars = op.pgVars(id)
			}
			out[i] = append(out[i], body(queryFor(f, op.ours, op.v4), vars))
		}
	}
	return out
}

// pageLoadCall is one load of the organization page, as the web app makes it:
// the organization, then its lists at once, each on a connection of its own
// (from follow, shared by the workers). Every answer must be about the
// organization asked for; the time is the whole load's.
func pageLoadCall(s *twinServer, ids []string, today string, follow *http.Client) do {
	bodies := pageBodies(s.flavour, ids, today)
	root, key := rootField(s.flavour, shapePage), keyField(s.flavour)
	posters := sync.Pool{New: func() any { return &poster{client: follow, url: s.url} }}
	send := func(ctx context.Context, p *poster, b []byte, id string, full bool) error {
		code, raw, err := p.post(ctx, b)
		if err != nil {
			return err
		}
		if !full {
			_, err := quickCheck(code, raw, root)
			return err
		}
		return checkOrg(code, raw, root, key, id)
	}
	return func(ctx context.Context, p *poster, seq int) error {
		i := seq % len(ids)
		full := seq%fullEvery == 0
		if err := send(ctx, p, bodies[i][0], ids[i], full); err != nil {
			return fmt.Errorf("%s: %w", pageOps[0].name, err)
		}
		errs := make([]error, len(pageOps))
		var wg sync.WaitGroup
		for j := 1; j < len(pageOps); j++ {
			wg.Add(1)
			go func() {
				defer wg.Done()
				q := posters.Get().(*poster)
				defer posters.Put(q)
				if err := send(ctx, q, bodies[i][j], ids[i], full); err != nil {
					errs[j] = fmt.Errorf("%s: %w", pageOps[j].name, err)
				}
			}()
		}
		wg.Wait()
		return errors.Join(errs...)
	}
}

// pageRoots fetches the page of one organization from a server, one
// operation after the other, and decodes each answer's root.
func pageRoots(ctx context.Context, p *poster, f flavour, id, today string) ([]any, error) {
	var roots []any
	for j, b := range pageBodies(f, []string{id}, today)[0] {
		v, err := fetchRoot(ctx, p, b, rootField(f, shapePage))
		if err != nil {
			return nil, fmt.Errorf("%s: %w", pageOps[j].name, err)
		}
		roots = append(roots, v)
	}
	return roots, nil
}

// sameData checks, before anything is timed, that each server's answer to
// the shape is ours in normal form, and returns the number of organizations
// of a list shape (for the check of every later answer). The organization
// page is compared for the first, middle and last organization of ids.
func sameData(ctx context.Context, servers []*twinServer, shape string, ids []string, today string) (int, error) {
	ps := make([]*poster, len(servers))
	for i, s := range servers {
		ps[i] = &poster{client: newClient(1), url: s.url}
	}
	if shape == shapePage {
		for _, id := range []string{ids[0], ids[len(ids)/2], ids[len(ids)-1]} {
			var ours orgPage
			for i, s := range servers {
				roots, err := pageRoots(ctx, ps[i], s.flavour, id, today)
				if err != nil {
					return 0, fmt.Errorf("%s, organization %s: %w", s.name, id, err)
				}
				got := normalisePage(s.flavour, roots)
				if i == 0 {
					ours = got
					continue
				}
				if d := firstDiff(ours, got); d != "" {
					return 0, fmt.Errorf("%s answers the organization page of %s differently from %s: %s", s.name, id, servers[0].name, d)
				}
			}
		}
		return 0, nil
	}
	var ours nestedPage
	var oursList []string
	for i, s := range servers {
		q := queryFor(s.flavour, oursNested, v4Nested)
		if shape == shapeFlat {
			q = queryFor(s.flavour, oursFlat, v4Flat)
		}
		root, err := fetchRoot(ctx, ps[i], body(q, nil), rootField(s.flavour, shape))
		if err != nil {
			return 0, fmt.Errorf("%s, %s shape: %w", s.name, shape, err)
		}
		var d string
		if shape == shapeFlat {
			got := normaliseFlat(s.flavour, root)
			if i == 0 {
				oursList = got
			}
			d = firstDiff(oursList, got)
		} else {
			got := normaliseNested(s.flavour, root)
			if i == 0 {
				ours = got
			}
			settleLinks(&ours, &got)
			d = firstDiff(ours, got)
		}
		if d != "" {
			return 0, fmt.Errorf("%s answers the %s shape differently from %s: %s", s.name, shape, servers[0].name, d)
		}
	}
	n := len(ours.Orgs)
	if shape == shapeFlat {
		n = len(oursList)
	}
	if n == 0 {
		return 0, fmt.Errorf("the %s shape found no organizations", shape)
	}
	return n, nil
}
