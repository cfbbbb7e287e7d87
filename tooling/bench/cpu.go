package bench

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"os"
	"strconv"
	"strings"
	"time"
)

// userHZ is the unit of the CPU times in /proc (USER_HZ, 100 on every Linux
// architecture Go supports).
const userHZ = 100

// parseProcStat returns the user plus system CPU time of a process from the
// contents of /proc/PID/stat.
func parseProcStat(b []byte) (time.Duration, error) {
	// the command name (field 2) is in parentheses and may hold spaces and
	// parentheses itself: the fields proper start after the last ')'
	i := bytes.LastIndexByte(b, ')')
	if i < 0 {
		return 0, fmt.Errorf("process stat: no command name")
	}
	f := strings.Fields(string(b[i+1:]))
	// f[0] is field 3 (state); utime and stime are fields 14 and 15
	if len(f) < 13 {
		return 0, fmt.Errorf("process stat: %d fields", len(f)+2)
	}
	var ticks int64
	for _, s := range f[11:13] {
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, fmt.Errorf("process stat: %w", err)
		}
		ticks += v
	}
	return time.Duration(ticks) * time.Second / userHZ, nil
}

// procCPU is the CPU time process pid has used.
func procCPU(pid int) (time.Duration, error) {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0, err
	}
	return parseProcStat(b)
}

// parseCPULine returns the busy and total CPU time of the machine from the
// first line of /proc/stat ("cpu user nice system idle iowait irq softirq
// steal …"): busy is everything except idle and iowait.
func parseCPULine(b []byte) (busy, total time.Duration, err error) {
	line, _, _ := bytes.Cut(b, []byte("\n"))
	f := strings.Fields(string(line))
	if len(f) < 5 || f[0] != "cpu" {
		return 0, 0, fmt.Errorf("/proc/stat: unexpected first line %q", line)
	}
	var sum, idle int64
	for i, s := range f[1:] {
		if i >= 8 { // guest times are already counted in user and nice
			break
		}
		v, err := strconv.ParseInt(s, 10, 64)
		if err != nil {
			return 0, 0, fmt.Errorf("/proc/stat: %w", err)
		}
		sum += v
		if i == 3 || i == 4 { // idle, iowait
			idle += v
		}
	}
	tick := time.Second / userHZ
	return time.Duration(sum-idle) * tick, time.Duration(sum) * tick, nil
}

// cpuSnapshot is the CPU time used so far by the parties to a load test.
type cpuSnapshot struct {
	server, client time.Duration
	backends       map[int]time.Duration // PostgreSQL backends of the database, by pid
	busy, total    time.Duration         // the whole machine
	ok             bool
}

// cpuProbe takes CPU snapshots of the server process, this process and,
// when db is set and the database runs on this machine, its PostgreSQL
// backends.
type cpuProbe struct {
	serverPID int
	db        *sql.DB
}

func (p *cpuProbe) snapshot(ctx context.Context) cpuSnapshot {
	var s cpuSnapshot
	var err error
	if s.server, err = procCPU(p.serverPID); err != nil {
		return s
	}
	if s.client, err = procCPU(os.Getpid()); err != nil {
		return s
	}
	b, err := os.ReadFile("/proc/stat")
	if err != nil {
		return s
	}
	if s.busy, s.total, err = parseCPULine(b); err != nil {
		return s
	}
	if p.db != nil {
		s.backends = map[int]time.Duration{}
		rows, err := p.db.QueryContext(ctx, `SELECT pid FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()`)
		if err == nil {
			for rows.Next() {
				var pid int
				if rows.Scan(&pid) != nil {
					continue
				}
				// a backend of a server on another machine is not in /proc
				if t, err := procCPU(pid); err == nil && isPostgres(pid) {
					s.backends[pid] = t
				}
			}
			rows.Close()
		}
		if len(s.backends) == 0 {
			s.backends = nil
		}
	}
	s.ok = true
	return s
}

func isPostgres(pid int) bool {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/comm", pid))
	return err == nil && strings.HasPrefix(strings.TrimSpace(string(b)), "postgres")
}

// CPUUse is the CPU a load test cost, per request.
type CPUUse struct {
	Server, Database, Client time.Duration // per request; Database 0 when unknown
	// Busy is the share of the machine's CPU time that was busy; Others the
	// share used by processes other than the three above.
	Busy, Others float64
}

// cpuUse compares two snapshots over n requests.
func cpuUse(a, b cpuSnapshot, n int) (CPUUse, bool) {
	if !a.ok || !b.ok || n <= 0 || b.total <= a.total {
		return CPUUse{}, false
	}
	var db time.Duration
	for pid, t := range b.backends {
		db += t - a.backends[pid] // a backend started during the test counts from 0
	}
	server, client := b.server-a.server, b.client-a.client
	total := b.total - a.total
	busy := b.busy - a.busy
	u := CPUUse{
		Server:   server / time.Duration(n),
		Database: db / time.Duration(n),
		Client:   client / time.Duration(n),
		Busy:     float64(busy) / float64(total),
		Others:   max(0, float64(busy-server-client-db)/float64(total)),
	}
	return u, true
}

func (u CPUUse) String() string {
	s := "server " + ms(u.Server) + " ms"
	if u.Database > 0 {
		s += ", PostgreSQL " + ms(u.Database) + " ms"
	}
	s += ", load client " + ms(u.Client) + " ms"
	return fmt.Sprintf("%s per request; machine %.0f%% busy (other processes %.0f%%)", s, 100*u.Busy, 100*u.Others)
}
