package bench

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"time"

	"github.com/lib/pq"

	"grassroots/internal/ident"
	"grassroots/tooling/synth"
)

// regionRow is one row of the region tree written for the synthetic graph.
type regionRow struct {
	ID, Parent         int64
	Code, Level, Path  string
	ParentCode, PLevel string
}

// synthRegions builds a minimal valid region tree over the generated
// counties, townships and villages: one province (code 11) and cities of up
// to 90 counties each, with consistent 12-digit codes and paths. The province
// and the cities take the IDs after the generated ones.
func synthRegions(g *synth.Graph) []regionRow {
	next := synth.RegionBase + int64(len(g.Regions))
	const perCity = 90
	cities := (len(g.Counties) + perCity - 1) / perCity
	rows := make([]regionRow, 0, len(g.Regions)+cities+1)
	province := regionRow{ID: next, Code: "110000000000", Level: ident.LevelProvince, Path: "110000000000/"}
	next++
	rows = append(rows, province)
	cityRows := make([]regionRow, cities)
	for c := range cityRows {
		code := fmt.Sprintf("11%02d00000000", c+1)
		cityRows[c] = regionRow{ID: next, Parent: province.ID, Code: code, Level: ident.LevelCity,
			Path: province.Path + code + "/", ParentCode: province.Code, PLevel: province.Level}
		next++
	}
	rows = append(rows, cityRows...)
	byID := make(map[int64]int, len(g.Regions)) // region ID → index in rows
	for _, r := range g.Regions {
		var row regionRow
		switch r.Level {
		case synth.County:
			city := cityRows[(r.Ordinal-1)/perCity]
			row = regionRow{ID: r.ID, Parent: city.ID, Code: city.Code[:4] + fmt.Sprintf("%02d", (r.Ordinal-1)%perCity+1) + "000000",
				Level: ident.LevelCounty, ParentCode: city.Code, PLevel: city.Level}
			row.Path = city.Path + row.Code + "/"
		case synth.Township:
			p := rows[byID[r.Parent]]
			row = regionRow{ID: r.ID, Parent: p.ID, Code: p.Code[:6] + fmt.Sprintf("%03d", r.Ordinal) + "000",
				Level: ident.LevelTownship, ParentCode: p.Code, PLevel: p.Level}
			row.Path = p.Path + row.Code + "/"
		default:
			p := rows[byID[r.Parent]]
			row = regionRow{ID: r.ID, Parent: p.ID, Code: p.Code[:9] + fmt.Sprintf("%03d", r.Ordinal),
				Level: ident.LevelVillage, ParentCode: p.Code, PLevel: p.Level}
			row.Path = p.Path + row.Code + "/"
		}
		if r.Level != synth.Village {
			byID[r.ID] = len(rows)
		}
		rows = append(rows, row)
	}
	return rows
}

// loadSynthPostgres copies the graph into a migrated, empty PostgreSQL
// database in one transaction. Foreign-key triggers are off during the copy
// (session_replication_role = replica; the rows are consistent by
// construction), as in a bulk restore.
func loadSynthPostgres(ctx context.Context, db *sql.DB, g *synth.Graph) error {
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for _, s := range []string{`SET LOCAL synchronous_commit = off`, `SET LOCAL session_replication_role = replica`} {
		if _, err := tx.ExecContext(ctx, s); err != nil {
			return fmt.Errorf("%s: %w", s, err)
		}
	}
	stamp := time.Date(2024, 1, 1, 0, 0, 0, 0, time.UTC)
	one := int64(1)
	copyRows := func(table string, cols []string, n int, row func(i int, vals []any) []any) error {
		stmt, err := tx.PrepareContext(ctx, pq.CopyIn(table, cols...))
		if err != nil {
			return fmt.Errorf("copy %s: %w", table, err)
		}
		defer stmt.Close()
		vals := make([]any, 0, len(cols))
		for i := 0; i < n; i++ {
			if _, err := stmt.ExecContext(ctx, row(i, vals[:0])...); err != nil {
				return fmt.Errorf("copy %s: %w", table, err)
			}
		}
		if _, err := stmt.ExecContext(ctx); err != nil {
			return fmt.Errorf("copy %s: %w", table, err)
		}
		return stmt.Close()
	}
	regions := synthRegions(g)
	if err := copyRows("regions", []string{"id", "created_at", "updated_at", "version", "code", "name", "level", "path", "parent_id"}, len(regions),
		func(i int, v []any) []any {
			r := &regions[i]
			var parent any
			if r.Parent != 0 {
				parent = r.Parent
			}
			return append(v, r.ID, stamp, stamp, one, r.Code, r.Code, r.Level, r.Path, parent)
		}); err != nil {
		return err
	}
	kinds := make([]any, len(synth.OrgKinds))
	for i, k := range synth.OrgKinds {
		kinds[i] = k
	}
	active := any("ACTIVE")
	nullable := func(id int64) any {
		if id == 0 {
			return nil
		}
		return id
	}
	if err := copyRows("organizations", []string{"id", "created_at", "updated_at", "version", "name", "kind", "status", "parent_id", "host_id", "region_id"}, len(g.Orgs),
		func(i int, v []any) []any {
			o := &g.Orgs[i]
			return append(v, synth.OrgID(i), stamp, stamp, one, "org "+strconv.Itoa(i), kinds[o.Kind], active, nullable(o.Parent), nullable(o.Host), o.Region)
		}); err != nil {
		return err
	}
	lkinds := make([]any, len(synth.LinkKinds))
	for i, k := range synth.LinkKinds {
		lkinds[i] = k
	}
	lstatus := make([]any, len(synth.LinkStatuses))
	for i, k := range synth.LinkStatuses {
		lstatus[i] = k
	}
	days := map[int32]any{}
	day := func(d int32) any {
		v, ok := days[d]
		if !ok {
			v = synth.DayTime(d)
			days[d] = v
		}
		return v
	}
	if err := copyRows("links", []string{"id", "created_at", "updated_at", "version", "kind", "status", "started_on", "ended_on", "source_id", "target_id"}, len(g.Links),
		func(i int, v []any) []any {
			l := &g.Links[i]
			return append(v, int64(i+1), stamp, stamp, one, lkinds[l.Kind], lstatus[l.Status], day(l.Start), day(l.End), l.Src, l.Dst)
		}); err != nil {
		return err
	}
	for _, t := range []string{"regions", "organizations", "links"} {
		if _, err := tx.ExecContext(ctx, `SELECT setval(pg_get_serial_sequence($1, 'id'), (SELECT max(id) FROM `+t+`))`, t); err != nil {
			return fmt.Errorf("advance the id sequence of %s: %w", t, err)
		}
	}
	if err := tx.Commit(); err != nil {
		return err
	}
	// Settled as the demo load leaves its tables (and as a database in use
	// is): vacuumed, so that reading them sets no hint bits and counts come
	// from the indexes, and analysed.
	for _, t := range []string{"regions", "organizations", "links"} {
		if _, err := db.ExecContext(ctx, `VACUUM (ANALYZE) `+t); err != nil {
			return fmt.Errorf("vacuum %s: %w", t, err)
		}
	}
	return nil
}

// cteShortestPath is the length of a shortest path from $1 to $2 of at most
// $3 edges over links (either direction) and the party hierarchy (parent and
// host, either direction), by a breadth-first recursive CTE; NULL when none.
const cteShortestPath = `WITH RECURSIVE bfs(node, depth) AS (
	SELECT $1::bigint, 0
	UNION
	SELECT n.id, bfs.depth + 1 FROM bfs CROSS JOIN LATERAL (
		SELECT target_id AS id FROM links WHERE source_id = bfs.node
		UNION ALL SELECT source_id FROM links WHERE target_id = bfs.node
		UNION ALL SELECT parent_id FROM organizations WHERE id = bfs.node AND parent_id IS NOT NULL
		UNION ALL SELECT id FROM organizations WHERE parent_id = bfs.node
		UNION ALL SELECT host_id FROM organizations WHERE id = bfs.node AND host_id IS NOT NULL
		UNION ALL SELECT id FROM organizations WHERE host_id = bfs.node
	) n WHERE bfs.depth < $3
)
SELECT min(depth) FROM bfs WHERE node = $2`

// pgrDijkstra is the same over pgr_dijkstra (unit costs, undirected).
const pgrDijkstra = `SELECT count(*) - 1 FROM pgr_dijkstra(
	'SELECT id, source_id AS source, target_id AS target, 1.0::float8 AS cost FROM links
	 UNION ALL SELECT -id, id, parent_id, 1.0 FROM organizations WHERE parent_id IS NOT NULL
	 UNION ALL SELECT -id - 4000000000000, id, host_id, 1.0 FROM organizations WHERE host_id IS NOT NULL',
	$1::bigint, $2::bigint, directed => false)`

// cteLength runs cteShortestPath; found is false when there is no path
// within maxLength.
func cteLength(ctx context.Context, q interface {
	QueryRowContext(context.Context, string, ...any) *sql.Row
}, from, to int64, maxLength int) (length int, found bool, err error) {
	var n sql.NullInt64
	if err := q.QueryRowContext(ctx, cteShortestPath, from, to, maxLength).Scan(&n); err != nil {
		return 0, false, err
	}
	return int(n.Int64), n.Valid, nil
}
