package bench

import (
	"bytes"
	"context"
	"fmt"
	"io"
	"net/http"
	"os/exec"
	"strings"

	"grassroots/internal/server"
)

// The nested shape as a signed-in coordinator beside the same shape
// anonymous, alternating in rounds like the twin shapes: what sessions and
// permission checks cost a page. The two must stay within
// TargetSignedInGap of each other.

// TargetSignedInGap is how far apart the coordinator's nested rate may be
// from the anonymous one, as a fraction of the anonymous rate.
const TargetSignedInGap = 0.10

// benchCoordinator is the account the bench signs in as.
const (
	benchCoordinator = "bench-coordinator"
	benchPassword    = "bench coordinator password"
)

// signedInShape measures the nested shape on ours anonymous and as a
// coordinator of the first county, and records it in t.SignedIn.
func signedInShape(ctx context.Context, o Options, w io.Writer, t *TwinResult, ours *twinServer, dsn string) error {
	session, county, err := coordinatorSession(ctx, o.Executable, dsn, ours.url)
	if err != nil {
		return fmt.Errorf("sign in as a coordinator: %w", err)
	}
	coord := &twinServer{name: "coordinator", flavour: ours.flavour, url: ours.url, probe: ours.probe}
	anon := &twinServer{name: "anonymous", flavour: ours.flavour, url: ours.url, probe: ours.probe}
	want, err := sameData(ctx, []*twinServer{anon}, shapeNested, nil, "")
	if err != nil {
		return err
	}
	fmt.Fprintf(w, "signed in       the nested shape anonymous and as a coordinator of %s (session cookie), alternating\n", county.Name)
	s := measureShape(ctx, w, t, []*twinServer{anon, coord}, shapeNested,
		[]do{listCall(anon, shapeNested, want), withSession(session, listCall(coord, shapeNested, want))})
	if ctx.Err() != nil {
		return ctx.Err()
	}
	t.SignedIn = s
	printShape(w, s)
	return nil
}

// withSession sends call's requests with the session cookie.
func withSession(session string, call do) do {
	return func(ctx context.Context, p *poster, seq int) error {
		p.session = session
		return call(ctx, p, seq)
	}
}

// benchCounty is the county the bench's coordinator is scoped to.
type benchCounty struct{ ID, Code, Name string }

// coordinatorSession adds the bench's coordinator (once) through the
// command line, scoped to the first county, signs in and returns the
// session token and the county.
func coordinatorSession(ctx context.Context, exe, dsn, url string) (session string, county benchCounty, err error) {
	p := &poster{client: newClient(1), url: url}
	code, raw, err := p.post(ctx, body(`{ regions(first: 1, where: {level: COUNTY}, orderBy: {field: CODE}) { edges { node { id code name } } } }`, nil))
	if err != nil {
		return "", benchCounty{}, err
	}
	var counties struct {
		Edges []struct{ Node benchCounty }
	}
	if err := rootInto(code, raw, "regions", &counties); err != nil {
		return "", benchCounty{}, err
	}
	if len(counties.Edges) == 0 {
		return "", benchCounty{}, fmt.Errorf("the database has no county")
	}
	county = counties.Edges[0].Node
	add := exec.CommandContext(ctx, exe, "user", "add", benchCoordinator, "--role", "COORDINATOR", "--scope", county.Code, "--password-stdin", "--db", dsn)
	add.Stdin = strings.NewReader(benchPassword + "\n")
	if out, err := add.CombinedOutput(); err != nil && !strings.Contains(string(out), "exists") {
		return "", benchCounty{}, fmt.Errorf("user add: %v: %s", err, out)
	}
	login := body(`mutation($u: String!, $p: String!) { login(username: $u, password: $p) { role } }`,
		map[string]any{"u": benchCoordinator, "p": benchPassword})
	req, err := http.NewRequestWithContext(ctx, http.MethodPost, url, bytes.NewReader(login))
	if err != nil {
		return "", benchCounty{}, err
	}
	req.Header.Set("Content-Type", "application/json")
	resp, err := p.client.Do(req)
	if err != nil {
		return "", benchCounty{}, err
	}
	defer resp.Body.Close()
	raw, _ = io.ReadAll(resp.Body)
	for _, c := range resp.Cookies() {
		if c.Name == server.SessionCookie && c.Value != "" {
			return c.Value, county, nil
		}
	}
	return "", benchCounty{}, fmt.Errorf("login set no session cookie: %s", raw)
}

// signedInGap is how far the coordinator's median rate lies from the
// anonymous one, as a fraction of the anonymous rate.
func (s *ShapeResult) signedInGap() float64 {
	anon, _, _ := s.Figures[0].Rate()
	coord, _, _ := s.Figures[1].Rate()
	if anon == 0 {
		return 1
	}
	gap := (anon - coord) / anon
	if gap < 0 {
		gap = -gap
	}
	return gap
}
