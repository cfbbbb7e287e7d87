package demo

import (
	"context"
	"database/sql"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"grassroots/internal/domain"
	"grassroots/internal/store"
)

// ErrNotEmpty is returned by Load when the database already holds data and
// Options.Reset is not set.
var ErrNotEmpty = errors.New("the database already holds data")

// Options tune Load.
type Options struct {
	// Reset deletes every row of the demo tables first.
	Reset bool
	// Progress, when set, is called after each chunk (the province, then each
	// county) is written.
	Progress func(Progress)
}

// Progress reports how far a load has got.
type Progress struct {
	Chunk, Chunks int    // chunks written, of
	Label         string // the chunk just written: a county's name
	Rows          int    // rows written so far
	Elapsed       time.Duration
}

// Stats describe a finished load.
type Stats struct {
	Scale   Scale
	Seed    uint64
	Dialect string
	Counts  Counts
	// Reset is the time spent deleting old rows; Generate the time the
	// generator worked (it runs alongside the writer); Write the time spent
	// inserting rows; Finish the time for sequences, commit and ANALYZE;
	// Total the wall time of the whole load.
	Reset, Generate, Write, Finish, Total time.Duration
}

// RowsPerSecond is the load's throughput over its total time.
func (s *Stats) RowsPerSecond() float64 {
	if s.Total <= 0 {
		return 0
	}
	return float64(s.Counts.Total()) / s.Total.Seconds()
}

// Empty reports whether the database has no regions, organizations or people.
func Empty(ctx context.Context, st *store.Store) (bool, error) {
	for _, t := range []string{"regions", "organizations", "people"} {
		var one int
		err := st.DB.QueryRowContext(ctx, `SELECT 1 FROM `+t+` LIMIT 1`).Scan(&one)
		switch {
		case errors.Is(err, sql.ErrNoRows):
			continue
		case err != nil:
			return false, fmt.Errorf("check %s: %w", t, err)
		default:
			return false, nil
		}
	}
	return true, nil
}

// Load generates the data set of scale and seed and inserts it into the
// migrated database of st, in one transaction. It refuses a database that
// already holds regions, organizations or people unless opts.Reset is set.
// Row ids are the table's id range base plus 1 plus the row's index, so the
// same scale and seed give identical rows on SQLite and PostgreSQL.
func Load(ctx context.Context, st *store.Store, scale Scale, seed uint64, opts Options) (*Stats, error) {
	started := time.Now()
	chunks, err := Chunks(scale)
	if err != nil {
		return nil, err
	}
	stats := &Stats{Scale: scale, Seed: seed, Dialect: st.Target.Dialect}
	if stats.Reset, err = makeEmpty(ctx, st, opts.Reset); err != nil {
		return nil, err
	}
	w, err := newWriter(st.Target.Dialect)
	if err != nil {
		return nil, err
	}
	if err := w.begin(ctx, st); err != nil {
		return nil, err
	}
	defer w.close()
	ids, err := w.bases(ctx)
	if err != nil {
		return nil, err
	}
	done := 0
	err = pipe(ctx, w, newEncoder(ids, st.Target.Dialect), scale, seed, stats, func(c *Chunk) {
		done++
		if opts.Progress != nil {
			opts.Progress(Progress{Chunk: done, Chunks: chunks, Label: c.Label, Rows: stats.Counts.Total(), Elapsed: time.Since(started)})
		}
	})
	if err != nil {
		return nil, err
	}
	t := time.Now()
	if err := w.finish(ctx, stats.Counts); err != nil {
		return nil, err
	}
	stats.Finish = time.Since(t)
	stats.Total = time.Since(started)
	return stats, nil
}

// makeEmpty refuses a database that holds regions, organizations or people,
// or, when reset is set, empties it and tells how long that took.
func makeEmpty(ctx context.Context, st *store.Store, reset bool) (time.Duration, error) {
	empty, err := Empty(ctx, st)
	if err != nil || empty {
		return 0, err
	}
	if !reset {
		return 0, fmt.Errorf("%w (regions, organizations or people): load demo data only into an empty database, or reset it", ErrNotEmpty)
	}
	t := time.Now()
	if err := Reset(ctx, st); err != nil {
		return 0, err
	}
	return time.Since(t), nil
}

func newWriter(dialect string) (writer, error) {
	switch dialect {
	case store.Postgres:
		return &pgWriter{}, nil
	case store.SQLite:
		return &sqliteWriter{}, nil
	}
	return nil, fmt.Errorf("unsupported dialect %q", dialect)
}

// pipe generates the data set and writes it chunk by chunk, adding the time
// spent and the rows written to stats; the generator runs one or two chunks
// ahead of the writer. written is called after each chunk.
func pipe(ctx context.Context, w writer, enc *encoder, scale Scale, seed uint64, stats *Stats, written func(*Chunk)) error {
	gctx, cancel := context.WithCancel(ctx)
	defer cancel()
	ch := make(chan *Chunk, 2)
	var genErr error
	go func() {
		defer close(ch)
		t := time.Now()
		genErr = Stream(gctx, scale, seed, func(c *Chunk) error {
			stats.Generate += time.Since(t)
			select {
			case ch <- c:
			case <-gctx.Done():
				return gctx.Err()
			}
			t = time.Now()
			return nil
		})
	}()
	for c := range ch {
		t := time.Now()
		if err := w.write(ctx, enc, c); err != nil {
			cancel()
			for range ch { // let the generator see the cancellation and stop
			}
			return fmt.Errorf("load %s: %w", c.Label, err)
		}
		stats.Write += time.Since(t)
		n := c.Counts()
		for i := range n {
			stats.Counts[i] += n[i]
		}
		written(c)
	}
	return genErr
}

// Reset deletes every row of the demo tables. On PostgreSQL it truncates them
// (restarting their identities) when no other table refers to them, and
// deletes in foreign-key order otherwise.
func Reset(ctx context.Context, st *store.Store) error {
	if st.Target.Dialect == store.Postgres {
		if _, err := st.DB.ExecContext(ctx, `TRUNCATE `+strings.Join(TableNames[:], ", ")+` RESTART IDENTITY`); err == nil {
			return nil
		}
	}
	tx, err := st.DB.BeginTx(ctx, nil)
	if err != nil {
		return err
	}
	defer tx.Rollback()
	for i := numTables - 1; i >= 0; i-- { // TableNames are in foreign-key order
		t := TableNames[i]
		if _, err := tx.ExecContext(ctx, `DELETE FROM `+t); err != nil {
			return fmt.Errorf("reset: delete from %s: %w", t, err)
		}
	}
	return tx.Commit()
}

// writer inserts chunks in one transaction.
type writer interface {
	begin(ctx context.Context, st *store.Store) error
	bases(ctx context.Context) ([numTables]int64, error)
	write(ctx context.Context, enc *encoder, c *Chunk) error
	finish(ctx context.Context, n Counts) error
	close()
}

// rangeBase is the start of a table's id range: ids are allocated in ranges
// of 1<<32 per table; the sequence value read from the database (its start or
// its current value) lies inside the range.
func rangeBase(v int64) int64 { return v &^ (1<<32 - 1) }

// ---- row encoding ----

// columns of each table, in the order encoder.row fills them.
var columns = [numTables][]string{
	{"id", "created_at", "updated_at", "version", "code", "name", "name_latin", "level", "path", "border", "backward", "difficult",
		"households", "population", "collective_income", "leading_industry", "latitude", "longitude", "parent_id"},
	{"id", "created_at", "updated_at", "version", "name", "name_latin", "kind", "setting", "industry", "credit_code", "founded_on",
		"dissolved_on", "status", "twinning_capacity", "parent_id", "host_id", "region_id"},
	{"id", "created_at", "updated_at", "version", "name", "name_latin", "gender", "birth_date", "ethnicity", "education",
		"political_status", "joined_party_on", "backgrounds", "skills", "migrant", "current_location", "endowment_insured_since",
		"phone", "id_number", "home_region_id"},
	{"id", "created_at", "updated_at", "version", "role", "started_on", "ended_on", "selection_method", "basic_remuneration",
		"organization_id", "person_id"},
	{"id", "created_at", "updated_at", "version", "kind", "status", "started_on", "ended_on", "goals", "notes", "source_reference",
		"source_id", "target_id"},
	{"id", "created_at", "updated_at", "version", "occurred_on", "kind", "amount", "participants", "description", "link_id"},
	{"id", "created_at", "updated_at", "version", "name", "name_latin", "kind", "industry", "status", "started_on", "investment",
		"households", "responsibility_letter_on", "accepted_on", "organization_id", "leader_id", "region_id"},
	{"id", "created_at", "updated_at", "version", "year", "income", "project_id"},
	{"id", "created_at", "updated_at", "version", "name", "built_on", "area", "condition", "functions", "region_id"},
	{"id", "created_at", "updated_at", "version", "title", "organizer_level", "kind", "starts_on", "ends_on", "days", "capacity", "region_id"},
	{"id", "created_at", "updated_at", "version", "days", "completed", "person_id", "course_id"},
	{"id", "created_at", "updated_at", "version", "year", "kind", "rating", "note", "organization_id", "person_id"},
	{"id", "created_at", "updated_at", "version", "year", "title", "awarded_by", "bonus", "organization_id", "person_id"},
	{"id", "created_at", "updated_at", "version", "year", "income_per_head", "source"},
	{"id", "created_at", "updated_at", "version", "from_status", "to_status", "occurred_on", "reason", "actor_name", "link_id"},
}

// encoder turns rows into driver values. It caches the boxed values that
// repeat (timestamps, dates, JSON arrays) to keep allocations down.
type encoder struct {
	base    [numTables]int64
	jsonStr bool // PostgreSQL takes JSON as text; SQLite as bytes, like ent
	stamp   any
	one     any
	days    []any
	bgs     map[uint16]any
	skills  map[uint32]any
	funcs   map[uint16]any
}

var dayCacheFrom = Date(1900, 1, 1)

func newEncoder(base [numTables]int64, dialect string) *encoder {
	return &encoder{base: base, jsonStr: dialect == store.Postgres, stamp: Stamp, one: int64(1),
		days: make([]any, int(Date(2101, 1, 1)-dayCacheFrom)), bgs: map[uint16]any{}, skills: map[uint32]any{}, funcs: map[uint16]any{}}
}

func (e *encoder) id(t int, i int32) any {
	if i < 0 {
		return nil
	}
	return e.base[t] + 1 + int64(i)
}

func (e *encoder) day(d Day) any {
	if d == 0 {
		return nil
	}
	k := int(d - dayCacheFrom)
	if k < 0 || k >= len(e.days) {
		return d.Time()
	}
	if e.days[k] == nil {
		e.days[k] = d.Time()
	}
	return e.days[k]
}

func str(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func num(v float64) any {
	if v < 0 {
		return nil
	}
	return v
}

func count(v int32) any {
	if v < 0 {
		return nil
	}
	return int64(v)
}

func (e *encoder) json(v any) any {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	if e.jsonStr {
		return string(b)
	}
	return b
}

func (e *encoder) backgrounds(mask uint16) any {
	if mask == 0 {
		return nil
	}
	if v, ok := e.bgs[mask]; ok {
		return v
	}
	var list []domain.Background
	for i, b := range domain.Backgrounds {
		if mask&(1<<i) != 0 {
			list = append(list, b)
		}
	}
	v := e.json(list)
	e.bgs[mask] = v
	return v
}

func (e *encoder) skillList(mask uint32) any {
	if mask == 0 {
		return nil
	}
	if v, ok := e.skills[mask]; ok {
		return v
	}
	var list []string
	for i, s := range skills {
		if mask&(1<<i) != 0 {
			list = append(list, s)
		}
	}
	v := e.json(list)
	e.skills[mask] = v
	return v
}

func (e *encoder) functions(mask uint16) any {
	if mask == 0 {
		return nil
	}
	if v, ok := e.funcs[mask]; ok {
		return v
	}
	var list []string
	for i, f := range venueFunctions {
		if mask&(1<<i) != 0 {
			list = append(list, f)
		}
	}
	v := e.json(list)
	e.funcs[mask] = v
	return v
}

// row appends the values of row i (chunk-relative) of table t to dst.
func (e *encoder) row(c *Chunk, t, i int, dst []any) []any {
	idx := int32(c.First[t] + i)
	dst = append(dst, e.id(t, idx), e.stamp, e.stamp, e.one)
	switch t {
	case TRegions:
		r := &c.Regions[i]
		return append(dst, r.Code, r.Name, str(r.NameLatin), r.Level, r.Path, r.Border, r.Backward, r.Difficult,
			count(r.Households), count(r.Population), num(r.CollectiveIncome), str(r.LeadingIndustry), r.Lat, r.Lon,
			e.id(TRegions, r.Parent))
	case TOrganizations:
		o := &c.Orgs[i]
		return append(dst, o.Name, str(o.NameLatin), o.Kind, str(o.Setting), str(o.Industry), str(o.CreditCode),
			e.day(o.FoundedOn), e.day(o.DissolvedOn), o.Status, count(o.TwinningCapacity),
			e.id(TOrganizations, o.Parent), e.id(TOrganizations, o.Host), e.id(TRegions, o.Region))
	case TPeople:
		p := &c.People[i]
		return append(dst, p.Name, str(p.NameLatin), str(p.Gender), e.day(p.BirthDate), str(p.Ethnicity), str(p.Education),
			p.PoliticalStatus, e.day(p.JoinedPartyOn), e.backgrounds(p.Backgrounds), e.skillList(p.Skills), p.Migrant,
			str(p.CurrentLocation), e.day(p.EndowmentInsuredSince), str(p.Phone), str(p.IDNumber), e.id(TRegions, p.HomeRegion))
	case TPositions:
		p := &c.Positions[i]
		return append(dst, p.Role, e.day(p.StartedOn), e.day(p.EndedOn), str(p.SelectionMethod), num(p.BasicRemuneration),
			e.id(TOrganizations, p.Organization), e.id(TPeople, p.Person))
	case TLinks:
		l := &c.Links[i]
		return append(dst, l.Kind, l.Status, e.day(l.StartedOn), e.day(l.EndedOn), str(l.Goals), str(l.Notes), str(l.SourceReference),
			e.id(TOrganizations, l.Source), e.id(TOrganizations, l.Target))
	case TLinkActivities:
		a := &c.Activities[i]
		return append(dst, e.day(a.On), a.Kind, num(a.Amount), count(a.Participants), str(a.Description), e.id(TLinks, a.Link))
	case TProjects:
		p := &c.Projects[i]
		return append(dst, p.Name, str(p.NameLatin), p.Kind, str(p.Industry), p.Status, e.day(p.StartedOn), num(p.Investment),
			count(p.Households), e.day(p.ResponsibilityLetterOn), e.day(p.AcceptedOn),
			e.id(TOrganizations, p.Organization), e.id(TPeople, p.Leader), e.id(TRegions, p.Region))
	case TProjectIncomes:
		p := &c.Incomes[i]
		return append(dst, int64(p.Year), p.Income, e.id(TProjects, p.Project))
	case TVenues:
		v := &c.Venues[i]
		return append(dst, str(v.Name), e.day(v.BuiltOn), num(v.Area), v.Condition, e.functions(v.Functions), e.id(TRegions, v.Region))
	case TCourses:
		k := &c.Courses[i]
		return append(dst, k.Title, k.OrganizerLevel, k.Kind, e.day(k.StartsOn), e.day(k.EndsOn), int64(k.Days), count(k.Capacity),
			e.id(TRegions, k.Region))
	case TAttendances:
		a := &c.Attendances[i]
		return append(dst, int64(a.Days), a.Completed, e.id(TPeople, a.Person), e.id(TCourses, a.Course))
	case TAppraisals:
		a := &c.Appraisals[i]
		return append(dst, int64(a.Year), a.Kind, a.Rating, str(a.Note), e.id(TOrganizations, a.Organization), e.id(TPeople, a.Person))
	case TCommendations:
		m := &c.Commendations[i]
		return append(dst, int64(m.Year), m.Title, str(m.AwardedBy), num(m.Bonus), e.id(TOrganizations, m.Organization), e.id(TPeople, m.Person))
	case TRuralIncomes:
		r := &c.RuralIncomes[i]
		return append(dst, int64(r.Year), r.IncomePerHead, str(r.Source))
	case TTransitions:
		r := &c.Transitions[i]
		return append(dst, str(r.From), r.To, e.day(r.On), str(r.Reason), "", e.id(TLinks, r.Link))
	}
	panic("demo: unknown table")
}
