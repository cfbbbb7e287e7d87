package bench

import (
	"bytes"
	"context"
	"errors"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"os/exec"
	"syscall"
	"time"
)

// readyTimeout bounds the wait for a started server to answer /readyz.
const readyTimeout = 3 * time.Minute

// serverProc is a `grassroots serve` child process.
type serverProc struct {
	cmd     *exec.Cmd
	base    string // http://127.0.0.1:PORT
	logPath string
	exited  chan struct{}
	waitErr error
	startup time.Duration // from exec to the first 200 from /readyz
}

// freePort asks the kernel for a free loopback port.
func freePort() (int, error) {
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		return 0, err
	}
	defer ln.Close()
	return ln.Addr().(*net.TCPAddr).Port, nil
}

// startServer runs `exe serve --addr 127.0.0.1:PORT --db dsn` with its output
// in logPath and waits until /readyz answers 200 with every view loaded. A port taken between
// choosing and binding it is retried with another.
func startServer(ctx context.Context, exe, dsn, logPath string) (*serverProc, error) {
	var lastErr error
	for attempt := 0; attempt < 3; attempt++ {
		s, err := startOnce(ctx, exe, dsn, logPath)
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

var errAddrInUse = errors.New("address already in use")

func startOnce(ctx context.Context, exe, dsn, logPath string) (*serverProc, error) {
	started := time.Now()
	s, err := launch(exe, dsn, logPath)
	if err != nil {
		return nil, err
	}

	client := &http.Client{Timeout: 2 * time.Second}
	deadline := time.NewTimer(readyTimeout)
	defer deadline.Stop()
	tick := time.NewTicker(20 * time.Millisecond)
	defer tick.Stop()
	for {
		select {
		case <-s.exited:
			tail := logTail(logPath, 2000)
			if bytes.Contains(tail, []byte("address already in use")) {
				return nil, errAddrInUse
			}
			return nil, fmt.Errorf("server exited before it was ready (%v); its log %s ends:\n%s", s.waitErr, logPath, tail)
		case <-ctx.Done():
			s.stop()
			return nil, ctx.Err()
		case <-deadline.C:
			s.stop()
			return nil, fmt.Errorf("server not ready after %s; its log %s ends:\n%s", readyTimeout, logPath, logTail(logPath, 2000))
		case <-tick.C:
			resp, err := client.Get(s.base + "/readyz")
			if err != nil {
				continue
			}
			views, _ := io.ReadAll(resp.Body)
			drain(resp.Body)
			// measured once every view is in, search included
			if resp.StatusCode == http.StatusOK && !bytes.Contains(views, []byte(": loading")) {
				s.startup = time.Since(started)
				return s, nil
			}
		}
	}
}

// stop asks the server to shut down (SIGTERM) and kills it if it has not
// stopped within 15 s. It returns an error when the server had to be killed
// or exited with an error.
func (s *serverProc) stop() error {
	select {
	case <-s.exited:
		return s.exitError()
	default:
	}
	_ = s.cmd.Process.Signal(syscall.SIGTERM)
	select {
	case <-s.exited:
		return s.exitError()
	case <-time.After(15 * time.Second):
		_ = s.cmd.Process.Kill()
		<-s.exited
		return fmt.Errorf("server did not stop within 15 s of SIGTERM and was killed")
	}
}

func (s *serverProc) exitError() error {
	if s.waitErr != nil {
		return fmt.Errorf("server exited: %w", s.waitErr)
	}
	return nil
}

// peakRSS is the server's peak resident set size (VmHWM), in bytes.
func (s *serverProc) peakRSS() (int64, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", s.cmd.Process.Pid))
	if err != nil {
		return 0, err
	}
	return parseProcStatus(b, "VmHWM")
}

// statements reads grassroots_sql_statements_total from /metrics.
func (s *serverProc) statements(ctx context.Context) (int64, error) {
	v, err := s.metric(ctx, "grassroots_sql_statements_total")
	return int64(v), err
}

// gcCycles reads how many garbage collections the server has completed.
func (s *serverProc) gcCycles(ctx context.Context) (int64, error) {
	v, err := s.metric(ctx, "go_gc_duration_seconds_count")
	return int64(v), err
}

// metric reads one unlabelled sample from /metrics.
func (s *serverProc) metric(ctx context.Context, name string) (float64, error) {
	req, err := http.NewRequestWithContext(ctx, http.MethodGet, s.base+"/metrics", nil)
	if err != nil {
		return 0, err
	}
	resp, err := (&http.Client{Timeout: 10 * time.Second}).Do(req)
	if err != nil {
		return 0, err
	}
	defer drain(resp.Body)
	if resp.StatusCode != http.StatusOK {
		return 0, fmt.Errorf("/metrics: HTTP %d", resp.StatusCode)
	}
	return parseMetric(resp.Body, name)
}

// logTail returns the last n bytes of a file.
func logTail(path string, n int64) []byte {
	f, err := os.Open(path)
	if err != nil {
		return nil
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil
	}
	off := max(0, st.Size()-n)
	b := make([]byte, st.Size()-off)
	_, _ = f.ReadAt(b, off)
	return b
}
