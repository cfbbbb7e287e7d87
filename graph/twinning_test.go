package graph_test

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math"
	"math/rand/v2"
	"net/http/httptest"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/linkactivity"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/ent/user"
	"grassroots/internal/server"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// twinWorld is a small county built by hand for the twinning API: two
// townships with backward villages (each with a village party branch), a
// village that is not backward, a backward village without a party
// organization, urban units of several kinds and capacities, and units that
// cannot be partners.
type twinWorld struct {
	// build adds records (it numbers the regions' codes).
	build                                *apitest.Builder
	province, city, county, town1, town2 *ent.Region
	// v1–v3 lie in town1, v4, v5 and bare in town2; flat is not backward
	// (town1); bare is backward but has no party organization.
	v1, v2, v3, v4, v5, flat, bare *ent.Region
	b1, b2, b3, b4, b5, bFlat      *ent.Organization // the villages' party branches
	vc1, bareVC                    *ent.Organization // villagers' committees (not party)
	// Partners: firm (county, 3 places, 水稻), college (town1, 1, 人参),
	// bureau (town2, 1, 农业), community (town2, 2). full has 0 places,
	// nocap no capacity, dissolved is dissolved, coop is not urban (3).
	firm, college, bureau, community, full, nocap, dissolved, coop *ent.Organization
}

func twAt(lat, lon float64) func(*ent.RegionCreate) {
	return func(rc *ent.RegionCreate) { rc.SetLatitude(lat).SetLongitude(lon) }
}

func twBackward(industry string) func(*ent.RegionCreate) {
	return func(rc *ent.RegionCreate) { rc.SetBackward(true).SetLeadingIndustry(industry) }
}

func twCapacity(n int, industry string) func(*ent.OrganizationCreate) {
	return func(oc *ent.OrganizationCreate) { oc.SetTwinningCapacity(n).SetIndustry(industry) }
}

func twBranch(oc *ent.OrganizationCreate) { oc.SetSetting(organization.SettingVILLAGE) }

func twBuild(t testing.TB, c *ent.Client) *twinWorld {
	t.Helper()
	b := apitest.Build(t, c)
	w := &twinWorld{build: b}
	w.province = b.Province()
	w.city = b.Region(w.province, region.LevelCITY, "延边朝鲜族自治州", "Yanbian")
	w.county = b.Region(w.city, region.LevelCOUNTY, "安图县", "Antu Xian", twAt(42.70, 128.50))
	w.town1 = b.Region(w.county, region.LevelTOWNSHIP, "松江镇", "Songjiang Zhen", twAt(42.60, 128.30))
	w.town2 = b.Region(w.county, region.LevelTOWNSHIP, "明月镇", "Mingyue Zhen", twAt(42.90, 128.90))
	w.v1 = b.Region(w.town1, region.LevelVILLAGE, "东村", "Dong Cun", twAt(42.61, 128.32), twBackward("水稻"))
	w.v2 = b.Region(w.town1, region.LevelVILLAGE, "西村", "Xi Cun", twAt(42.58, 128.26), twBackward("人参"))
	w.v3 = b.Region(w.town1, region.LevelVILLAGE, "南村", "Nan Cun", twAt(42.55, 128.35), twBackward(""))
	w.flat = b.Region(w.town1, region.LevelVILLAGE, "平村", "Ping Cun", twAt(42.62, 128.28), func(rc *ent.RegionCreate) { rc.SetLeadingIndustry("水稻") })
	w.v4 = b.Region(w.town2, region.LevelVILLAGE, "北村", "Bei Cun", twAt(42.92, 128.88), twBackward("木耳"))
	w.v5 = b.Region(w.town2, region.LevelVILLAGE, "中村", "Zhong Cun", twAt(42.88, 128.95), twBackward("旅游"))
	w.bare = b.Region(w.town2, region.LevelVILLAGE, "空村", "Kong Cun", twAt(42.95, 128.92), twBackward(""))

	w.b1 = b.Org(w.v1, organization.KindPARTY_BRANCH, "东村党支部", twBranch)
	w.b2 = b.Org(w.v2, organization.KindPARTY_BRANCH, "西村党支部", twBranch)
	w.b3 = b.Org(w.v3, organization.KindPARTY_BRANCH, "南村党支部", twBranch)
	w.b4 = b.Org(w.v4, organization.KindPARTY_BRANCH, "北村党支部", twBranch)
	w.b5 = b.Org(w.v5, organization.KindPARTY_BRANCH, "中村党支部", twBranch)
	w.bFlat = b.Org(w.flat, organization.KindPARTY_BRANCH, "平村党支部", twBranch)
	w.vc1 = b.Org(w.v1, organization.KindVILLAGERS_COMMITTEE, "东村村民委员会")
	w.bareVC = b.Org(w.bare, organization.KindVILLAGERS_COMMITTEE, "空村村民委员会")

	w.firm = b.Org(w.county, organization.KindENTERPRISE, "安图米业有限公司", twCapacity(3, "水稻"))
	w.college = b.Org(w.town1, organization.KindCOLLEGE, "长白山职业学院", twCapacity(1, "人参"))
	w.bureau = b.Org(w.town2, organization.KindGOVERNMENT_ORGAN, "安图县农业农村局", twCapacity(1, "农业"))
	w.community = b.Org(w.town2, organization.KindURBAN_COMMUNITY, "明月社区", twCapacity(2, ""))
	w.full = b.Org(w.county, organization.KindPUBLIC_INSTITUTION, "安图县医院", twCapacity(0, "医疗"))
	w.nocap = b.Org(w.county, organization.KindMASS_ORGANIZATION, "安图县妇联")
	w.dissolved = b.Org(w.county, organization.KindENTERPRISE, "安图旧厂", func(oc *ent.OrganizationCreate) {
		oc.SetStatus(organization.StatusDISSOLVED).SetFoundedOn(apitest.Day("1990-01-01")).SetDissolvedOn(apitest.Day("2020-01-01"))
	})
	w.coop = b.Org(w.v1, organization.KindCOOPERATIVE, "东村水稻专业合作社", twCapacity(3, "水稻"))
	return w
}

// onTwinWorld runs f against a fresh API holding the hand-made twinning
// county, on SQLite and on PostgreSQL.
func onTwinWorld(t *testing.T, f func(t *testing.T, api *apitest.API, w *twinWorld)) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			api := apitest.New(t, d)
			f(t, api.For(t), twBuild(t, api.Client()))
		})
	}
}

// twToday is the server's today: UTC midnight.
func twToday() time.Time {
	n := time.Now().UTC()
	return time.Date(n.Year(), n.Month(), n.Day(), 0, 0, 0, 0, time.UTC)
}

// twDaysAgo is the day n days before today, as a Date.
func twDaysAgo(n int) string { return twToday().AddDate(0, 0, -n).Format(time.DateOnly) }

const (
	twProposeQ = `mutation($v: ID!, $p: ID!, $on: Date, $reason: String) {
		proposeTwinning(input: {village: $v, partner: $p, on: $on, reason: $reason}) { id status startedOn endedOn } }`
	twRecordQ = `mutation($l: ID!, $on: Date!, $amount: Float, $participants: Int) {
		recordTwinningActivity(input: {twinning: $l, on: $on, kind: FUNDING, amount: $amount, participants: $participants}) { id on amount } }`
	twApplyQ = `mutation($rows: [TwinningPlanRowInput!]!, $reason: String) {
		applyTwinningPlan(plan: {rows: $rows, reason: $reason}) { id status sourceID targetID transitions { from to on reason } } }`
	twLinkQ = `query($id: ID!) { node(id: $id) { ... on Link { id kind status startedOn endedOn version stale lastActivityOn sourceID targetID
		transitions { from to on reason actorName } } } }`
)

// twMoveQ is the mutation of a change of state (activateTwinning, …).
func twMoveQ(mutation string) string {
	return fmt.Sprintf(`mutation($l: ID!, $on: Date, $reason: String) { %s(input: {twinning: $l, on: $on, reason: $reason}) { id status startedOn endedOn } }`, mutation)
}

type twTransition struct {
	From      *string
	To, On    string
	Reason    *string
	ActorName string
}

type twLink struct {
	ID, Kind, Status   string
	StartedOn, EndedOn *string
	Version            int
	Stale              bool
	LastActivityOn     *string
	SourceID, TargetID string
	Transitions        []twTransition
}

func twRead(t *testing.T, api *apitest.API, linkID string) twLink {
	t.Helper()
	var out struct{ Node twLink }
	api.OK(twLinkQ, map[string]any{"id": linkID}, &out)
	if out.Node.ID != linkID {
		t.Fatalf("link %s not found", linkID)
	}
	return out.Node
}

// twPropose proposes a twinning (day: days ago) and returns its ID.
func twPropose(t *testing.T, api *apitest.API, village, partner int, day int) string {
	t.Helper()
	var out struct{ ProposeTwinning struct{ ID, Status string } }
	api.OK(twProposeQ, map[string]any{"v": id(village), "p": id(partner), "on": twDaysAgo(day)}, &out)
	if out.ProposeTwinning.Status != "PROPOSED" {
		t.Fatalf("proposed twinning is %s", out.ProposeTwinning.Status)
	}
	return out.ProposeTwinning.ID
}

// twMove makes a change of state on the day days ago.
func twMove(t *testing.T, api *apitest.API, mutation, linkID string, day int) {
	t.Helper()
	api.OK(twMoveQ(mutation), map[string]any{"l": linkID, "on": twDaysAgo(day)}, nil)
}

// twActive proposes and activates a twinning on the day days ago.
func twActive(t *testing.T, api *apitest.API, village, partner int, day int) string {
	t.Helper()
	l := twPropose(t, api, village, partner, day)
	twMove(t, api, "activateTwinning", l, day)
	return l
}

func twRecord(t *testing.T, api *apitest.API, linkID string, day int, amount float64) {
	t.Helper()
	api.OK(twRecordQ, map[string]any{"l": linkID, "on": twDaysAgo(day), "amount": amount}, nil)
}

// twinCounts counts what the twinning mutations write.
type twinCounts struct{ Links, Activities, Transitions, AuditEvents int }

func twCount(t *testing.T, c *ent.Client) twinCounts {
	t.Helper()
	ctx := context.Background()
	var n twinCounts
	var err error
	for _, q := range []struct {
		into  *int
		count func() (int, error)
	}{
		{&n.Links, func() (int, error) { return c.Link.Query().Count(ctx) }},
		{&n.Activities, func() (int, error) { return c.LinkActivity.Query().Count(ctx) }},
		{&n.Transitions, func() (int, error) { return c.TwinningTransition.Query().Count(ctx) }},
		{&n.AuditEvents, func() (int, error) { return c.AuditEvent.Query().Count(ctx) }},
	} {
		if *q.into, err = q.count(); err != nil {
			t.Fatal(err)
		}
	}
	return n
}

// twLoad is a partner's PROPOSED and ACTIVE twinnings, counted through ent.
func twLoad(t *testing.T, c *ent.Client, partner int) int {
	t.Helper()
	n, err := c.Link.Query().Where(link.KindEQ(link.KindURBAN_RURAL_TWINNING), link.SourceID(partner),
		link.StatusIn(link.StatusPROPOSED, link.StatusACTIVE)).Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

func twViewer(t *testing.T, api *apitest.API) (userID, username string) {
	t.Helper()
	var out struct {
		Viewer struct{ User struct{ ID, Username string } }
	}
	api.OK(`{ viewer { user { id username } } }`, nil, &out)
	return out.Viewer.User.ID, out.Viewer.User.Username
}

func twPtr[T any](v T) *T { return &v }

// TestTwinningLifecycle walks a twinning through every state, checks its
// dates and history, and that every illegal change is refused and changes
// nothing.
func TestTwinningLifecycle(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, admin *apitest.API, w *twinWorld) {
		api := admin.SignedIn(user.RoleCOORDINATOR, &w.county.ID).For(t)
		_, me := twViewer(t, api)

		var proposed struct {
			ProposeTwinning struct {
				ID, Status         string
				StartedOn, EndedOn *string
			}
		}
		api.OK(twProposeQ, map[string]any{"v": id(w.v1.ID), "p": id(w.firm.ID), "on": twDaysAgo(40), "reason": "县委组织部安排"}, &proposed)
		l := proposed.ProposeTwinning.ID
		if p := proposed.ProposeTwinning; p.Status != "PROPOSED" || p.StartedOn != nil || p.EndedOn != nil {
			t.Fatalf("proposed = %+v", p)
		}
		if got := twRead(t, api, l); got.SourceID != id(w.firm.ID) || got.TargetID != id(w.b1.ID) || got.Kind != "URBAN_RURAL_TWINNING" {
			t.Fatalf("a twinning runs from the partner to the village's party branch: %+v", got)
		}

		want := []twTransition{{To: "PROPOSED", On: twDaysAgo(40), Reason: twPtr("县委组织部安排"), ActorName: me}}
		steps := []struct {
			mutation, to string
			day          int
			reason       string
			from         string
		}{
			{"activateTwinning", "ACTIVE", 30, "签订协议", "PROPOSED"},
			{"suspendTwinning", "SUSPENDED", 20, "单位改制", "ACTIVE"},
			{"resumeTwinning", "ACTIVE", 10, "改制完成", "SUSPENDED"},
			{"endTwinning", "ENDED", 5, "村已脱困", "ACTIVE"},
		}
		// illegal lists the changes refused in each state.
		illegal := map[string][]string{
			"PROPOSED":  {"suspendTwinning", "resumeTwinning"},
			"ACTIVE":    {"activateTwinning", "resumeTwinning"},
			"SUSPENDED": {"activateTwinning", "suspendTwinning"},
			"ENDED":     {"activateTwinning", "suspendTwinning", "resumeTwinning", "endTwinning"},
		}
		refuseIllegal := func(state string) {
			t.Helper()
			before := twRead(t, api, l)
			counts := twCount(t, api.Client())
			for _, m := range illegal[state] {
				api.Fail(twMoveQ(m), map[string]any{"l": l, "on": twDaysAgo(1)}, "CONFLICT", "status")
				api.Fail(twMoveQ(m), map[string]any{"l": l}, "CONFLICT", "status")
			}
			if after := twRead(t, api, l); !twSame(after, before) {
				t.Fatalf("a refused change in state %s changed the twinning:\nbefore %+v\nafter  %+v", state, before, after)
			}
			if after := twCount(t, api.Client()); after != counts {
				t.Fatalf("a refused change in state %s wrote rows: before %+v, after %+v", state, counts, after)
			}
		}

		state := "PROPOSED"
		for i, s := range steps {
			refuseIllegal(state)
			// A day before the last change, or in the future, is refused.
			before := twRead(t, api, l)
			last := want[len(want)-1].On
			lastDay, _ := time.Parse(time.DateOnly, last)
			api.Fail(twMoveQ(s.mutation), map[string]any{"l": l, "on": lastDay.AddDate(0, 0, -1).Format(time.DateOnly)}, "BAD_USER_INPUT", "on")
			api.Fail(twMoveQ(s.mutation), map[string]any{"l": l, "on": twToday().AddDate(0, 0, 1).Format(time.DateOnly)}, "BAD_USER_INPUT", "on")
			if after := twRead(t, api, l); !twSame(after, before) {
				t.Fatalf("a refused %s changed the twinning: %+v", s.mutation, after)
			}

			var out struct {
				Move struct {
					Status             string
					StartedOn, EndedOn *string
				}
			}
			api.OK(strings.Replace(twMoveQ(s.mutation), s.mutation+"(", "move: "+s.mutation+"(", 1),
				map[string]any{"l": l, "on": twDaysAgo(s.day), "reason": s.reason}, &out)
			if out.Move.Status != s.to {
				t.Fatalf("step %d %s: status %s, want %s", i, s.mutation, out.Move.Status, s.to)
			}
			want = append(want, twTransition{From: twPtr(s.from), To: s.to, On: twDaysAgo(s.day), Reason: twPtr(s.reason), ActorName: me})
			got := twRead(t, api, l)
			if got.StartedOn == nil || *got.StartedOn != twDaysAgo(30) {
				t.Fatalf("after %s startedOn = %v, want the activation day %s (kept through suspension and resumption)", s.mutation, got.StartedOn, twDaysAgo(30))
			}
			if s.to == "ENDED" {
				if got.EndedOn == nil || *got.EndedOn != twDaysAgo(5) {
					t.Fatalf("endedOn = %v, want %s", got.EndedOn, twDaysAgo(5))
				}
			} else if got.EndedOn != nil {
				t.Fatalf("after %s endedOn = %v, want null", s.mutation, *got.EndedOn)
			}
			if !twSame(got.Transitions, want) {
				t.Fatalf("after %s history =\n%s\nwant\n%s", s.mutation, twJSON(got.Transitions), twJSON(want))
			}
			state = s.to
		}
		refuseIllegal("ENDED")

		// A proposal ended without being taken up starts and ends on the
		// day: no day counts it as in force.
		p := twPropose(t, api, w.v2.ID, w.college.ID, 3)
		twMove(t, api, "endTwinning", p, 2)
		if got := twRead(t, api, p); got.Status != "ENDED" || got.StartedOn == nil || *got.StartedOn != twDaysAgo(2) ||
			got.EndedOn == nil || *got.EndedOn != twDaysAgo(2) {
			t.Fatalf("ended proposal = %s, want started and ended on %s", twJSON(got), twDaysAgo(2))
		}
		// A change on the same day as the last one is allowed.
		q := twPropose(t, api, w.v2.ID, w.college.ID, 3)
		twMove(t, api, "activateTwinning", q, 3)
		twMove(t, api, "suspendTwinning", q, 3)
		if got := twRead(t, api, q); got.Status != "SUSPENDED" || len(got.Transitions) != 3 {
			t.Fatalf("same-day changes = %+v", got)
		}
	})
}

// TestTwinningStatusOnlyChangesThroughTheLifecycle: updateLink may change a
// twinning's notes but not its state.
func TestTwinningStatusOnlyChangesThroughTheLifecycle(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		l := twActive(t, api, w.v1.ID, w.firm.ID, 10)
		for _, status := range []string{"ENDED", "SUSPENDED", "PROPOSED"} {
			v := twRead(t, api, l).Version
			api.Fail(`mutation($id: ID!, $v: Int!, $s: LinkStatus!) { updateLink(id: $id, version: $v, input: {status: $s}) { id } }`,
				map[string]any{"id": l, "v": v, "s": status}, "CONFLICT", "status")
		}
		got := twRead(t, api, l)
		if got.Status != "ACTIVE" || len(got.Transitions) != 2 {
			t.Fatalf("a refused updateLink changed the twinning: %+v", got)
		}
		api.OK(`mutation($id: ID!, $v: Int!) { updateLink(id: $id, version: $v, input: {notes: "每季度走访一次"}) { id } }`,
			map[string]any{"id": l, "v": got.Version}, nil)
		if after := twRead(t, api, l); after.Status != "ACTIVE" || after.Version != got.Version+1 || len(after.Transitions) != 2 {
			t.Fatalf("updating a twinning's notes = %+v", after)
		}
		// An ended twinning's end date may be corrected.
		twMove(t, api, "endTwinning", l, 2)
		ended := twRead(t, api, l)
		api.OK(`mutation($id: ID!, $v: Int!, $on: Date) { updateLink(id: $id, version: $v, input: {endedOn: $on}) { id } }`,
			map[string]any{"id": l, "v": ended.Version, "on": twDaysAgo(3)}, nil)
		if after := twRead(t, api, l); after.EndedOn == nil || *after.EndedOn != twDaysAgo(3) || after.Status != "ENDED" {
			t.Fatalf("correcting an ended twinning's end = %+v", after)
		}
	})
}

// TestTwinningCreatedAsLinkStartsItsHistory: a twinning written through
// createLink keeps the rules and starts its history like a proposal.
func TestTwinningCreatedAsLinkStartsItsHistory(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		var out struct{ CreateLink struct{ ID string } }
		api.OK(`mutation($s: ID!, $d: ID!, $on: Date) { createLink(input: {kind: URBAN_RURAL_TWINNING, sourceID: $s, targetID: $d, `+
			`status: ACTIVE, startedOn: $on}) { id } }`, map[string]any{"s": id(w.bureau.ID), "d": id(w.b4.ID), "on": twDaysAgo(3)}, &out)
		got := twRead(t, api, out.CreateLink.ID)
		_, username := twViewer(t, api)
		if len(got.Transitions) != 1 || got.Transitions[0].From != nil || got.Transitions[0].To != "ACTIVE" ||
			got.Transitions[0].On != twDaysAgo(3) || got.Transitions[0].ActorName != username {
			t.Fatalf("history of a twinning created as a link = %+v", got.Transitions)
		}
	})
}

// TestTwinningRefusesBadInput: each bad request fails with its code and
// field, and none writes anything.
func TestTwinningRefusesBadInput(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		proposed := twPropose(t, api, w.v1.ID, w.firm.ID, 20) // firm: 1 of 3 places
		active := twActive(t, api, w.v2.ID, w.firm.ID, 20)    // firm: 2 of 3
		twPropose(t, api, w.v3.ID, w.college.ID, 20)          // college: full
		joint := w.build.Link(w.b1, w.b2, link.KindVILLAGE_VILLAGE)
		missingOrg, missingRegion, missingLink := missingID(w.firm.ID), missingID(w.v1.ID), missingID(joint.ID)
		tomorrow := twToday().AddDate(0, 0, 1).Format(time.DateOnly)

		type req struct {
			name, query string
			vars        map[string]any
			code, field string
		}
		prop := func(name string, village, partner any, code, field string) req {
			return req{name, twProposeQ, map[string]any{"v": village, "p": partner}, code, field}
		}
		rec := func(name string, l string, on string, amount float64, participants int, code, field string) req {
			return req{name, twRecordQ, map[string]any{"l": l, "on": on, "amount": amount, "participants": participants}, code, field}
		}
		createLink := `mutation($s: ID!, $d: ID!, $st: LinkStatus) { createLink(input: {kind: URBAN_RURAL_TWINNING, sourceID: $s, targetID: $d, status: $st}) { id } }`
		cl := func(name string, src, dst int, code, field string) req {
			return req{name, createLink, map[string]any{"s": id(src), "d": id(dst)}, code, field}
		}
		activeVersion := twRead(t, api, active).Version
		updateEnds := `mutation($id: ID!, $v: Int!, $s: ID, $d: ID) { updateLink(id: $id, version: $v, input: {sourceID: $s, targetID: $d}) { id } }`
		cases := []req{
			prop("village not backward", id(w.flat.ID), id(w.bureau.ID), "BAD_USER_INPUT", "village"),
			prop("village not backward, by its branch", id(w.bFlat.ID), id(w.bureau.ID), "BAD_USER_INPUT", "village"),
			prop("village without a party organization", id(w.bare.ID), id(w.bureau.ID), "BAD_USER_INPUT", "village"),
			prop("a township is no village", id(w.town1.ID), id(w.bureau.ID), "BAD_USER_INPUT", "village"),
			prop("village side not a party organization", id(w.vc1.ID), id(w.bureau.ID), "BAD_USER_INPUT", "village"),
			prop("partner not urban", id(w.v4.ID), id(w.coop.ID), "BAD_USER_INPUT", "partner"),
			prop("partner a village branch", id(w.v4.ID), id(w.b5.ID), "BAD_USER_INPUT", "partner"),
			prop("partner dissolved", id(w.v4.ID), id(w.dissolved.ID), "BAD_USER_INPUT", "partner"),
			prop("partner without capacity", id(w.v4.ID), id(w.nocap.ID), "BAD_USER_INPUT", "partner"),
			prop("partner at capacity", id(w.v4.ID), id(w.college.ID), "CONFLICT", "partner"),
			prop("partner with no places", id(w.v4.ID), id(w.full.ID), "CONFLICT", "partner"),
			prop("second proposal of a pair", id(w.v1.ID), id(w.firm.ID), "CONFLICT", "village"),
			prop("second twinning of an active pair, by the branch", id(w.b2.ID), id(w.firm.ID), "CONFLICT", "village"),
			prop("unknown village", missingRegion, id(w.bureau.ID), "NOT_FOUND", "village"),
			prop("unknown partner", id(w.v4.ID), missingOrg, "NOT_FOUND", "partner"),
			{"proposal in the future", twProposeQ, map[string]any{"v": id(w.v4.ID), "p": id(w.bureau.ID), "on": tomorrow}, "BAD_USER_INPUT", "on"},

			rec("negative amount", active, twDaysAgo(1), -1, 3, "BAD_USER_INPUT", "amount"),
			rec("negative participants", active, twDaysAgo(1), 10, -3, "BAD_USER_INPUT", "participants"),
			rec("activity in the future", active, tomorrow, 10, 3, "BAD_USER_INPUT", "on"),
			rec("activity before the start", active, twDaysAgo(21), 10, 3, "BAD_USER_INPUT", "on"),
			rec("activity of a proposal", proposed, twDaysAgo(1), 10, 3, "CONFLICT", "twinning"),
			rec("activity of an unknown twinning", missingLink, twDaysAgo(1), 10, 3, "NOT_FOUND", "twinning"),
			rec("activity of a link that is no twinning", id(joint.ID), twDaysAgo(1), 10, 3, "BAD_USER_INPUT", "twinning"),

			{"activate an unknown twinning", twMoveQ("activateTwinning"), map[string]any{"l": missingLink}, "NOT_FOUND", "twinning"},
			{"end a link that is no twinning", twMoveQ("endTwinning"), map[string]any{"l": id(joint.ID)}, "BAD_USER_INPUT", "twinning"},
			{"plan without rows", twApplyQ, map[string]any{"rows": []any{}}, "BAD_USER_INPUT", "rows"},

			cl("createLink: village not backward", w.bureau.ID, w.bFlat.ID, "BAD_USER_INPUT", "targetID"),
			cl("createLink: target not a party organization", w.bureau.ID, w.vc1.ID, "BAD_USER_INPUT", "targetID"),
			cl("createLink: partner not urban", w.coop.ID, w.b4.ID, "BAD_USER_INPUT", "sourceID"),
			cl("createLink: partner dissolved", w.dissolved.ID, w.b4.ID, "BAD_USER_INPUT", "sourceID"),
			cl("createLink: partner at capacity", w.college.ID, w.b4.ID, "CONFLICT", "sourceID"),
			cl("createLink: second live pair", w.firm.ID, w.b1.ID, "CONFLICT", "targetID"),
			{"createLink: second live pair, suspended", createLink, map[string]any{"s": id(w.firm.ID), "d": id(w.b2.ID), "st": "SUSPENDED"}, "CONFLICT", "targetID"},
			{"updateLink: move a twinning to a partner at capacity", updateEnds, map[string]any{"id": active, "v": activeVersion, "s": id(w.college.ID)}, "CONFLICT", "sourceID"},
			{"updateLink: move a twinning to a village not backward", updateEnds, map[string]any{"id": active, "v": activeVersion, "d": id(w.bFlat.ID)}, "BAD_USER_INPUT", "targetID"},
			{"updateLink: turn a joint link into a twinning", `mutation($id: ID!) { updateLink(id: $id, version: 1, input: {kind: URBAN_RURAL_TWINNING}) { id } }`,
				map[string]any{"id": id(joint.ID)}, "CONFLICT", "kind"},
			{"updateLink: end an active twinning by its date", `mutation($id: ID!, $v: Int!, $on: Date) { updateLink(id: $id, version: $v, input: {endedOn: $on}) { id } }`,
				map[string]any{"id": active, "v": activeVersion, "on": twDaysAgo(1)}, "CONFLICT", "endedOn"},
			{"updateLink: turn a twinning into a joint link", `mutation($id: ID!, $v: Int!) { updateLink(id: $id, version: $v, input: {kind: VILLAGE_ENTERPRISE}) { id } }`,
				map[string]any{"id": active, "v": activeVersion}, "CONFLICT", "kind"},
			{"createLinkActivity: activity of a proposal", `mutation($l: ID!, $on: Date!) { createLinkActivity(input: {linkID: $l, on: $on, kind: VISIT}) { id } }`,
				map[string]any{"l": proposed, "on": twDaysAgo(1)}, "CONFLICT", "linkID"},
			{"createLinkActivity: activity in the future", `mutation($l: ID!, $on: Date!) { createLinkActivity(input: {linkID: $l, on: $on, kind: VISIT}) { id } }`,
				map[string]any{"l": active, "on": tomorrow}, "BAD_USER_INPUT", "on"},
			{"createLinkActivity: activity before the start", `mutation($l: ID!, $on: Date!) { createLinkActivity(input: {linkID: $l, on: $on, kind: VISIT}) { id } }`,
				map[string]any{"l": active, "on": twDaysAgo(21)}, "BAD_USER_INPUT", "on"},
		}
		before := twCount(t, api.Client())
		fp := fingerprint(t, api.Client())
		for _, c := range cases {
			t.Run(c.name, func(t *testing.T) { api.For(t).Fail(c.query, c.vars, c.code, c.field) })
		}
		if after := twCount(t, api.Client()); after != before {
			t.Fatalf("refused requests wrote rows: before %+v, after %+v", before, after)
		}
		if after := fingerprint(t, api.Client()); after != fp {
			t.Fatalf("refused requests changed records: before %s, after %s", fp, after)
		}

		// The rules hold for createLink's twinnings too: one the rules
		// allow takes the bureau's only place.
		api.OK(createLink, map[string]any{"s": id(w.bureau.ID), "d": id(w.b4.ID), "st": "PROPOSED"}, nil)
		api.Fail(twProposeQ, map[string]any{"v": id(w.v5.ID), "p": id(w.bureau.ID)}, "CONFLICT", "partner")
		// An ended pair holds no place and does not block a new one.
		api.OK(createLink, map[string]any{"s": id(w.community.ID), "d": id(w.b5.ID), "st": "ENDED"}, nil)
		twPropose(t, api, w.v5.ID, w.community.ID, 0)
	})
}

// TestTwinningActivityNeedsAStartedTwinning: a proposal ended before it was
// activated was never in force, so it takes no activity on any day.
func TestTwinningActivityNeedsAStartedTwinning(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		l := twPropose(t, api, w.v1.ID, w.firm.ID, 10)
		twMove(t, api, "endTwinning", l, 2)
		before := twCount(t, api.Client())
		for _, day := range []int{9, 5, 2, 1, 0} {
			r := api.Do(twRecordQ, map[string]any{"l": l, "on": twDaysAgo(day), "amount": 100})
			if len(r.Errors) == 0 {
				t.Fatalf("an activity %d days ago was recorded for a twinning that was never in force: %s", day, r.Data)
			}
			if e := r.Errors[0]; !(e.Code() == "BAD_USER_INPUT" && e.Field() == "on") && !(e.Code() == "CONFLICT" && e.Field() == "twinning") {
				t.Fatalf("an activity %d days ago of an ended proposal: %s (%s on %s)", day, e.Message, e.Code(), e.Field())
			}
		}
		if after := twCount(t, api.Client()); after != before {
			t.Fatalf("activities were recorded for a twinning that never started: before %+v, after %+v", before, after)
		}
	})
}

// TestTwinningResumeNeedsAPlace: a suspended twinning gives its place
// back; when another pair has taken it, resuming is refused and changes
// nothing; an active twinning's activities fall within its dates.
func TestTwinningResumeNeedsAPlace(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		l := twActive(t, api, w.v1.ID, w.college.ID, 30)
		twMove(t, api, "suspendTwinning", l, 20)
		other := twPropose(t, api, w.v2.ID, w.college.ID, 10) // the place given back
		before, counts := twRead(t, api, l), twCount(t, api.Client())
		api.Fail(twMoveQ("resumeTwinning"), map[string]any{"l": l, "on": twDaysAgo(5)}, "CONFLICT", "")
		if after := twRead(t, api, l); !twSame(after, before) || twCount(t, api.Client()) != counts {
			t.Fatalf("a refused resumption changed the twinning: %s", twJSON(after))
		}
		twMove(t, api, "endTwinning", other, 5)
		twMove(t, api, "resumeTwinning", l, 5)
		if got := twRead(t, api, l); got.Status != "ACTIVE" || got.StartedOn == nil || *got.StartedOn != twDaysAgo(30) {
			t.Fatalf("resumed twinning = %s", twJSON(got))
		}

		// Activities: from the start, up to the day before the end.
		twRecord(t, api, l, 30, 1) // the first day
		twRecord(t, api, l, 25, 1) // suspended later, still in its dates
		twMove(t, api, "endTwinning", l, 3)
		twRecord(t, api, l, 4, 1) // before the end
		counts = twCount(t, api.Client())
		for _, day := range []int{31, 3, 2} {
			api.Fail(twRecordQ, map[string]any{"l": l, "on": twDaysAgo(day), "amount": 1}, "BAD_USER_INPUT", "on")
		}
		if twCount(t, api.Client()) != counts {
			t.Fatalf("refused activities were written")
		}
		if got := twRead(t, api, l); got.LastActivityOn == nil || *got.LastActivityOn != twDaysAgo(4) {
			t.Fatalf("lastActivityOn = %v, want %s", got.LastActivityOn, twDaysAgo(4))
		}
	})
}

// TestTwinningEndedProposalNeverCovers: a proposal ended without being taken
// up never covers its village, on any day, in the overview and in
// BACKWARD_VILLAGE_TWINNED; a twinning activated and ended later covers it
// while it was active.
func TestTwinningEndedProposalNeverCovers(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		lastYear := twToday().Year() - 1
		day := func(month time.Month, d int) string {
			return time.Date(lastYear, month, d, 0, 0, 0, 0, time.UTC).Format(time.DateOnly)
		}
		endDay := twToday().AddDate(0, 0, -1).Format(time.DateOnly)
		if twToday().YearDay() == 1 {
			endDay = twToday().Format(time.DateOnly)
		}
		// v1: proposed last June, ended (never activated) this year.
		var p struct{ ProposeTwinning struct{ ID string } }
		api.OK(twProposeQ, map[string]any{"v": id(w.v1.ID), "p": id(w.firm.ID), "on": day(time.June, 1)}, &p)
		api.OK(twMoveQ("endTwinning"), map[string]any{"l": p.ProposeTwinning.ID, "on": endDay}, nil)
		// v2: proposed last June, active from July, ended this year.
		var q struct{ ProposeTwinning struct{ ID string } }
		api.OK(twProposeQ, map[string]any{"v": id(w.v2.ID), "p": id(w.firm.ID), "on": day(time.June, 1)}, &q)
		api.OK(twMoveQ("activateTwinning"), map[string]any{"l": q.ProposeTwinning.ID, "on": day(time.July, 1)}, nil)
		api.OK(twMoveQ("endTwinning"), map[string]any{"l": q.ProposeTwinning.ID, "on": endDay}, nil)

		for _, r := range []*ent.Region{w.town1, w.county, w.province} {
			rid := r.ID
			o := twOverviewOf(t, api, &rid, lastYear)
			var ind struct {
				Indicator struct{ Numerator, Denominator int }
			}
			api.OK(`query($r: ID!, $y: Int!) { indicator(code: BACKWARD_VILLAGE_TWINNED, year: $y, region: $r) { numerator denominator } }`,
				map[string]any{"r": id(r.ID), "y": lastYear}, &ind)
			if o.Covered != 1 || ind.Indicator.Numerator != 1 {
				t.Fatalf("%s at the end of %d: overview covers %d, the indicator %d; want 1 (v2's active twinning, not v1's ended proposal)",
					r.Name, lastYear, o.Covered, ind.Indicator.Numerator)
			}
		}
	})
}

// twOutcome is how a request ended: "OK" or its error's code.
func twOutcome(r apitest.Response) string {
	if len(r.Errors) == 0 {
		return "OK"
	}
	return r.Errors[0].Code()
}

// TestTwinningCapacityUnderConcurrency: proposals and plans racing for the
// same partner never take more places than it has, and each loser gets a
// coded refusal.
func TestTwinningCapacityUnderConcurrency(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		b := w.build
		village := func(town *ent.Region, n int) *ent.Region {
			v := b.Region(town, region.LevelVILLAGE, fmt.Sprintf("竞%d村", n), "Jing Cun", twBackward(""))
			b.Org(v, organization.KindPARTY_BRANCH, fmt.Sprintf("竞%d村党支部", n), twBranch)
			return v
		}
		var town1, town2 []*ent.Region
		for i := range 6 {
			town1 = append(town1, village(w.town1, i))
			town2 = append(town2, village(w.town2, 10+i))
		}
		hot := b.Org(w.county, organization.KindENTERPRISE, "热门企业", twCapacity(3, ""))
		hot2 := b.Org(w.county, organization.KindCOLLEGE, "热门学院", twCapacity(1, ""))
		spareA := b.Org(w.county, organization.KindGOVERNMENT_ORGAN, "甲局", twCapacity(1, ""))
		spareB := b.Org(w.county, organization.KindGOVERNMENT_ORGAN, "乙局", twCapacity(1, ""))
		coordA := api.As(user.RoleCOORDINATOR, &w.town1.ID)
		coordB := api.As(user.RoleCOORDINATOR, &w.town2.ID)
		row := func(v *ent.Region, p *ent.Organization, remaining int) map[string]any {
			return map[string]any{"village": id(v.ID), "partner": id(p.ID), "remaining": remaining}
		}

		// race runs the requests at once and returns their outcomes.
		race := func(reqs []func() apitest.Response) []string {
			out := make([]string, len(reqs))
			start := make(chan struct{})
			var wg sync.WaitGroup
			for i, r := range reqs {
				wg.Add(1)
				go func() {
					defer wg.Done()
					<-start
					out[i] = twOutcome(r())
				}()
			}
			close(start)
			wg.Wait()
			return out
		}

		// Round 1: six proposals and two plans for hot's three places.
		var reqs []func() apitest.Response
		for _, v := range []*ent.Region{town1[0], town1[1], town1[2], town2[0], town2[1], town2[2]} {
			reqs = append(reqs, func() apitest.Response {
				return api.Do(twProposeQ, map[string]any{"v": id(v.ID), "p": id(hot.ID)})
			})
		}
		reqs = append(reqs,
			func() apitest.Response {
				return coordA.Do(twApplyQ, map[string]any{"rows": []any{row(town1[3], hot, 3)}})
			},
			func() apitest.Response {
				return coordB.Do(twApplyQ, map[string]any{"rows": []any{row(town2[3], hot, 3)}})
			})
		outcomes := race(reqs)
		ok := 0
		for i, o := range outcomes {
			switch {
			case o == "OK":
				ok++
			case o == "CONFLICT" && i < 6, o == "STALE" && i >= 6:
			default:
				t.Errorf("request %d ended with %s; a proposal may fail with CONFLICT, a plan with STALE", i, o)
			}
		}
		if n := twLoad(t, api.Client(), hot.ID); n != 3 || ok != 3 {
			t.Fatalf("hot (3 places) holds %d twinnings after %d successful requests (%v)", n, ok, outcomes)
		}

		// Round 2, three times: two coordinators' plans share hot2's only
		// place; each also takes a place elsewhere. One plan wins whole,
		// the other is stale and writes nothing.
		for round := range 3 {
			if round > 0 { // free the places the last round took
				for _, l := range twLiveOf(t, api.Client(), hot2.ID, spareA.ID, spareB.ID) {
					api.OK(twMoveQ("endTwinning"), map[string]any{"l": id(l)}, nil)
				}
			}
			outcomes := race([]func() apitest.Response{
				func() apitest.Response {
					return coordA.Do(twApplyQ, map[string]any{"rows": []any{row(town1[4], hot2, 1), row(town1[5], spareA, 1)}})
				},
				func() apitest.Response {
					return coordB.Do(twApplyQ, map[string]any{"rows": []any{row(town2[4], hot2, 1), row(town2[5], spareB, 1)}})
				},
			})
			sorted := slices.Sorted(slices.Values(outcomes))
			if !slices.Equal(sorted, []string{"OK", "STALE"}) {
				t.Fatalf("round %d: two plans sharing a place ended %v, want one OK and one STALE", round, outcomes)
			}
			la, lb, lh := twLoad(t, api.Client(), spareA.ID), twLoad(t, api.Client(), spareB.ID), twLoad(t, api.Client(), hot2.ID)
			if lh != 1 || la+lb != 1 || (la == 1) != (outcomes[0] == "OK") {
				t.Fatalf("round %d (%v): hot2 holds %d, spareA %d, spareB %d: the losing plan must write nothing", round, outcomes, lh, la, lb)
			}
		}

		// Every twinning has its PROPOSED entry of history, and one more
		// when ended above.
		c := twCount(t, api.Client())
		ended, err := api.Client().Link.Query().Where(link.StatusEQ(link.StatusENDED)).Count(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		if c.Transitions != c.Links+ended {
			t.Fatalf("%d twinnings (%d ended) have %d history entries", c.Links, ended, c.Transitions)
		}
	})
}

// twLiveOf is the live twinnings of the partners, by ID.
func twLiveOf(t *testing.T, c *ent.Client, partners ...int) []int {
	t.Helper()
	ids, err := c.Link.Query().Where(link.KindEQ(link.KindURBAN_RURAL_TWINNING), link.SourceIDIn(partners...),
		link.StatusIn(link.StatusPROPOSED, link.StatusACTIVE, link.StatusSUSPENDED)).IDs(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return ids
}

type twFactor struct {
	Factor        string
	Weight, Value float64
}

type twPlan struct {
	Method                  string
	Villages, Partners      int
	TotalScore, GreedyScore float64
	GreedyAssigned          int
	Weights                 []struct {
		Factor string
		Weight float64
	}
	Rows []struct {
		Village, Organization, Partner struct{ ID string }
		Remaining                      int
		Score                          float64
		Factors                        []twFactor
	}
	Unassigned []struct {
		Village struct{ ID string }
		Reason  string
	}
}

const twPlanQ = `query($r: ID!, $pr: ID, $w: TwinningWeights) { twinningPlan(region: $r, partnerRegion: $pr, weights: $w) {
	method villages partners totalScore greedyAssigned greedyScore weights { factor weight }
	rows { village { id } organization { id } partner { id } remaining score factors { factor weight value } }
	unassigned { village { id } reason } } }`

func twPlanOf(t *testing.T, api *apitest.API, regionID int, partnerRegion *int) twPlan {
	t.Helper()
	vars := map[string]any{"r": id(regionID)}
	if partnerRegion != nil {
		vars["pr"] = id(*partnerRegion)
	}
	var out struct{ TwinningPlan twPlan }
	api.OK(twPlanQ, vars, &out)
	return out.TwinningPlan
}

// TestTwinningPlanApplyIsAllOrNothing: a plan with one bad or stale row
// writes nothing; a valid one writes a PROPOSED twinning and its history
// per row.
func TestTwinningPlanApplyIsAllOrNothing(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		row := func(village, partner, remaining int) map[string]any {
			return map[string]any{"village": id(village), "partner": id(partner), "remaining": remaining}
		}
		refused := []struct {
			name        string
			rows        []any
			code, field string
		}{
			{"second row's village not backward", []any{row(w.v1.ID, w.firm.ID, 3), row(w.flat.ID, w.bureau.ID, 1)}, "BAD_USER_INPUT", "rows[1].village"},
			{"second row's village without party organization", []any{row(w.v1.ID, w.firm.ID, 3), row(w.bare.ID, w.bureau.ID, 1)}, "BAD_USER_INPUT", "rows[1].village"},
			{"second row's partner not urban", []any{row(w.v1.ID, w.firm.ID, 3), row(w.v2.ID, w.coop.ID, 3)}, "BAD_USER_INPUT", "rows[1].partner"},
			{"second row's partner without places", []any{row(w.v1.ID, w.firm.ID, 3), row(w.v2.ID, w.full.ID, 0)}, "CONFLICT", "rows[1].partner"},
			{"two rows for the only place", []any{row(w.v1.ID, w.college.ID, 1), row(w.v2.ID, w.college.ID, 1)}, "CONFLICT", "rows[1].partner"},
			{"second row's places changed", []any{row(w.v1.ID, w.firm.ID, 3), row(w.v2.ID, w.bureau.ID, 2)}, "STALE", "rows[1].remaining"},
			{"a village twice", []any{row(w.v1.ID, w.firm.ID, 3), row(w.b1.ID, w.bureau.ID, 1)}, "BAD_USER_INPUT", "rows[1].village"},
			{"second row's partner unknown", []any{row(w.v1.ID, w.firm.ID, 3), map[string]any{"village": id(w.v2.ID), "partner": missingID(w.firm.ID), "remaining": 1}}, "NOT_FOUND", "rows[1].partner"},
		}
		before := twCount(t, api.Client())
		for _, c := range refused {
			t.Run(c.name, func(t *testing.T) {
				api.For(t).Fail(twApplyQ, map[string]any{"rows": c.rows}, c.code, c.field)
				if after := twCount(t, api.Client()); after != before {
					t.Fatalf("a refused plan wrote rows: before %+v, after %+v", before, after)
				}
			})
		}

		p := twPlanOf(t, api, w.town1.ID, nil)
		if p.Method != "MIN_COST_FLOW" || p.Villages != 3 || len(p.Rows) != 3 {
			t.Fatalf("plan for town1 = %+v, want its 3 backward villages planned", p)
		}
		var rows []any
		for _, r := range p.Rows {
			rows = append(rows, map[string]any{"village": r.Village.ID, "partner": r.Partner.ID, "remaining": r.Remaining})
		}
		// A village twinned since the plan was made makes it stale.
		// (a suspended twinning holds no place, so no partner's places change)
		var taken struct{ CreateLink struct{ ID string } }
		api.OK(`mutation($s: ID!, $d: ID!) { createLink(input: {kind: URBAN_RURAL_TWINNING, sourceID: $s, targetID: $d, status: SUSPENDED}) { id } }`,
			map[string]any{"s": id(w.nocap.ID), "d": p.Rows[1].Organization.ID}, &taken)
		before = twCount(t, api.Client())
		api.Fail(twApplyQ, map[string]any{"rows": rows}, "STALE", "rows[1].village")
		if after := twCount(t, api.Client()); after != before {
			t.Fatalf("a stale plan wrote rows: before %+v, after %+v", before, after)
		}
		api.OK(twMoveQ("endTwinning"), map[string]any{"l": taken.CreateLink.ID}, nil)

		// Applied whole, the plan writes one PROPOSED twinning per row with
		// its first history entry.
		var applied struct {
			ApplyTwinningPlan []struct {
				ID, Status, SourceID, TargetID string
				Transitions                    []twTransition
			}
		}
		p = twPlanOf(t, api, w.town1.ID, nil)
		rows = nil
		for _, r := range p.Rows {
			rows = append(rows, map[string]any{"village": r.Village.ID, "partner": r.Partner.ID, "remaining": r.Remaining})
		}
		before = twCount(t, api.Client())
		api.OK(twApplyQ, map[string]any{"rows": rows[:2], "reason": "按方案结对"}, &applied)
		if len(applied.ApplyTwinningPlan) != 2 {
			t.Fatalf("applied %d twinnings, want 2", len(applied.ApplyTwinningPlan))
		}
		for i, l := range applied.ApplyTwinningPlan {
			r := p.Rows[i]
			if l.Status != "PROPOSED" || l.SourceID != r.Partner.ID || l.TargetID != r.Organization.ID || len(l.Transitions) != 1 ||
				l.Transitions[0].From != nil || l.Transitions[0].To != "PROPOSED" || l.Transitions[0].On != twDaysAgo(0) ||
				l.Transitions[0].Reason == nil || *l.Transitions[0].Reason != "按方案结对" {
				t.Fatalf("applied row %d = %+v (plan row %+v)", i, l, r)
			}
		}
		if after := twCount(t, api.Client()); after.Links != before.Links+2 || after.Transitions != before.Transitions+2 {
			t.Fatalf("applying 2 rows: before %+v, after %+v", before, after)
		}
		// The same rows again are stale: their villages are twinned now.
		api.Fail(twApplyQ, map[string]any{"rows": rows[:2]}, "STALE", "")
		// The third row alone is still valid unless it shares a partner
		// with the first two (whose places changed).
		last := p.Rows[2]
		shared := last.Partner.ID == p.Rows[0].Partner.ID || last.Partner.ID == p.Rows[1].Partner.ID
		want := "OK"
		if shared {
			want = "STALE"
		}
		if r := api.Do(twApplyQ, map[string]any{"rows": rows[2:]}); twOutcome(r) != want {
			t.Fatalf("applying the plan's third row (partner shared with the others: %v) ended %s: %+v", shared, twOutcome(r), r.Errors)
		}
	})
}

// twSuggestion is one suggestion as the API gives it.
type twSuggestion struct {
	Partner    struct{ ID string }
	Score      float64
	Remaining  int
	DistanceKm *float64
	Steps      *int
	Activities int
	Factors    []twFactor
}

const twSuggestQ = `query($v: ID!, $pr: ID, $first: Int, $w: TwinningWeights) {
	twinningSuggestions(village: $v, partnerRegion: $pr, first: $first, weights: $w) {
		partner { id } score remaining distanceKm steps activities factors { factor weight value } } }`

func twSuggest(t *testing.T, api *apitest.API, vars map[string]any) []twSuggestion {
	t.Helper()
	var out struct{ TwinningSuggestions []twSuggestion }
	api.OK(twSuggestQ, vars, &out)
	return out.TwinningSuggestions
}

func twPartners(ss []twSuggestion) []string {
	var out []string
	for _, s := range ss {
		out = append(out, s.Partner.ID)
	}
	slices.Sort(out)
	return out
}

func twIDs(os ...*ent.Organization) []string {
	var out []string
	for _, o := range os {
		out = append(out, id(o.ID))
	}
	slices.Sort(out)
	return out
}

// twBestCover is the brute-force best plan: the most villages covered, then
// the largest total score, each village taking one partner with a place
// left (scores[v][p] NaN: not a candidate).
func twBestCover(scores [][]float64, places []int) (int, float64) {
	left := slices.Clone(places)
	bestN, bestS := 0, 0.0
	var walk func(v, n int, s float64)
	walk = func(v, n int, s float64) {
		if v == len(scores) {
			if n > bestN || (n == bestN && s > bestS+1e-12) {
				bestN, bestS = n, s
			}
			return
		}
		walk(v+1, n, s)
		for p, sc := range scores[v] {
			if !math.IsNaN(sc) && left[p] > 0 {
				left[p]--
				walk(v+1, n+1, s+sc)
				left[p]++
			}
		}
	}
	walk(0, 0, 0)
	return bestN, bestS
}

// twCheckPlan compares the plan of a region with the brute-force best
// assignment of the suggestions' scores, and returns the plan.
func twCheckPlan(t *testing.T, api *apitest.API, town *ent.Region, villages []*ent.Region) twPlan {
	t.Helper()
	p := twPlanOf(t, api, town.ID, &town.ID)
	partnerIdx := map[string]int{}
	var places []int
	scores := make([][]float64, len(villages))
	for v, village := range villages {
		for _, s := range twSuggest(t, api, map[string]any{"v": id(village.ID), "pr": id(town.ID), "first": 50}) {
			i, ok := partnerIdx[s.Partner.ID]
			if !ok {
				i = len(places)
				partnerIdx[s.Partner.ID] = i
				places = append(places, s.Remaining)
			}
			for len(scores[v]) <= i {
				scores[v] = append(scores[v], math.NaN())
			}
			scores[v][i] = s.Score
		}
	}
	for v := range scores {
		for len(scores[v]) < len(places) {
			scores[v] = append(scores[v], math.NaN())
		}
	}
	n, best := twBestCover(scores, places)
	if len(p.Rows) != n || math.Abs(p.TotalScore-best) > 1e-9 {
		t.Fatalf("plan covers %d villages with total %.12f; the best covers %d with %.12f\nplan %+v", len(p.Rows), p.TotalScore, n, best, p)
	}
	if p.GreedyScore > p.TotalScore+1e-9 || p.GreedyAssigned > len(p.Rows) {
		t.Fatalf("greedy (%d, %.12f) beats the plan (%d, %.12f)", p.GreedyAssigned, p.GreedyScore, len(p.Rows), p.TotalScore)
	}
	if p.Partners != len(places) {
		t.Fatalf("plan counts %d partners, the suggestions %d", p.Partners, len(places))
	}
	// Each row keeps a partner's places and its pair's score.
	var sum float64
	used := map[string]int{}
	for _, r := range p.Rows {
		v := slices.IndexFunc(villages, func(x *ent.Region) bool { return id(x.ID) == r.Village.ID })
		i, ok := partnerIdx[r.Partner.ID]
		if v < 0 || !ok || math.IsNaN(scores[v][i]) || math.Abs(scores[v][i]-r.Score) > 1e-9 || r.Remaining != places[i] {
			t.Fatalf("plan row %+v does not match the suggestions", r)
		}
		used[r.Partner.ID]++
		if used[r.Partner.ID] > places[i] {
			t.Fatalf("plan gives partner %s more villages than its %d places", r.Partner.ID, places[i])
		}
		sum += r.Score
	}
	if math.Abs(sum-p.TotalScore) > 1e-9 {
		t.Fatalf("totalScore %.12f is not the sum of the rows' scores %.12f", p.TotalScore, sum)
	}
	return p
}

// TestTwinningPlanIsOptimal: on small cases the plan covers as many
// villages as brute force and reaches its best total score, beating greedy
// where greedy's first pick blocks a better whole.
func TestTwinningPlanIsOptimal(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		b := w.build
		spot := func(town *ent.Region, name string, lat, lon float64) *ent.Region {
			return b.Region(town, region.LevelCOMMUNITY, name, "Shequ", twAt(lat, lon))
		}

		// Greedy loses: on one parallel, B · P · A · Q; A's best partner is
		// P, but P is B's only near one. Everything else scores alike.
		town := b.Region(w.county, region.LevelTOWNSHIP, "贪心镇", "Tanxin Zhen", twAt(43, 128.3))
		a := b.Region(town, region.LevelVILLAGE, "甲村", "Jia Cun", twAt(43, 128.375), twBackward(""))
		bv := b.Region(town, region.LevelVILLAGE, "乙村", "Yi Cun", twAt(43, 128.0), twBackward(""))
		b.Org(a, organization.KindPARTY_BRANCH, "甲村党支部", twBranch)
		b.Org(bv, organization.KindPARTY_BRANCH, "乙村党支部", twBranch)
		pp := b.Org(spot(town, "P社区", 43, 128.25), organization.KindURBAN_COMMUNITY, "P社区", twCapacity(1, ""))
		qq := b.Org(spot(town, "Q社区", 43, 128.625), organization.KindURBAN_COMMUNITY, "Q社区", twCapacity(1, ""))
		p := twCheckPlan(t, api, town, []*ent.Region{a, bv})
		if len(p.Rows) != 2 || p.GreedyAssigned != 2 || p.GreedyScore >= p.TotalScore-1e-6 {
			t.Fatalf("greedy should cover both villages with a lower total: plan %.6f, greedy %.6f (%d)", p.TotalScore, p.GreedyScore, p.GreedyAssigned)
		}
		for _, r := range p.Rows {
			if want := map[string]string{id(a.ID): id(qq.ID), id(bv.ID): id(pp.ID)}[r.Village.ID]; r.Partner.ID != want {
				t.Fatalf("village %s gets %s, want %s", r.Village.ID, r.Partner.ID, want)
			}
		}
		// Once the plan is applied no partner of the township has a place:
		// a new village finds none (NO_PARTNER).
		var rows []any
		for _, r := range p.Rows {
			rows = append(rows, map[string]any{"village": r.Village.ID, "partner": r.Partner.ID, "remaining": r.Remaining})
		}
		api.OK(twApplyQ, map[string]any{"rows": rows}, nil)
		c := b.Region(town, region.LevelVILLAGE, "丙村", "Bing Cun", twAt(43, 128.5), twBackward(""))
		b.Org(c, organization.KindPARTY_BRANCH, "丙村党支部", twBranch)
		p = twPlanOf(t, api, town.ID, &town.ID)
		if p.Villages != 1 || p.Partners != 0 || len(p.Rows) != 0 || len(p.Unassigned) != 1 ||
			p.Unassigned[0].Village.ID != id(c.ID) || p.Unassigned[0].Reason != "NO_PARTNER" {
			t.Fatalf("plan with every place taken = %+v, want 丙村 unassigned for NO_PARTNER", p)
		}

		// Random small townships: 4–6 villages, 3–4 partners of 1–2 places,
		// industries from a short list, one backward village without a
		// party organization.
		industries := []string{"水稻", "人参", "木耳", "旅游", ""}
		r := rand.New(rand.NewPCG(7, 11))
		for n := range 4 {
			town := b.Region(w.county, region.LevelTOWNSHIP, fmt.Sprintf("随机%d镇", n), "Suiji Zhen", twAt(42.5, 128.5))
			coord := func() (float64, float64) { return 42.3 + r.Float64()*0.6, 128.2 + r.Float64()*0.6 }
			var villages []*ent.Region
			for i := range 4 + r.IntN(3) {
				lat, lon := coord()
				v := b.Region(town, region.LevelVILLAGE, fmt.Sprintf("随%d村%d", n, i), "Sui Cun", twAt(lat, lon), twBackward(industries[r.IntN(len(industries))]))
				b.Org(v, organization.KindPARTY_BRANCH, fmt.Sprintf("随%d村%d党支部", n, i), twBranch)
				villages = append(villages, v)
			}
			orphan := b.Region(town, region.LevelVILLAGE, fmt.Sprintf("随%d孤村", n), "Gu Cun", twBackward(""))
			partners := 3 + r.IntN(2)
			total := 0
			for i := range partners {
				lat, lon := coord()
				places := 1 + r.IntN(2)
				total += places
				b.Org(spot(town, fmt.Sprintf("随%d社区%d", n, i), lat, lon), organization.KindURBAN_COMMUNITY, fmt.Sprintf("随%d单位%d", n, i),
					twCapacity(places, industries[r.IntN(len(industries))]))
			}
			p := twCheckPlan(t, api, town, villages)
			reasons := map[string]string{}
			for _, u := range p.Unassigned {
				reasons[u.Village.ID] = u.Reason
			}
			if reasons[id(orphan.ID)] != "NO_PARTY_ORGANIZATION" {
				t.Fatalf("case %d: the village without a party organization is unassigned for %q", n, reasons[id(orphan.ID)])
			}
			if p.Villages != len(villages)+1 || len(p.Rows) != min(total, len(villages)) || len(p.Rows)+len(p.Unassigned) != p.Villages {
				t.Fatalf("case %d: %d villages, %d places: plan %+v", n, len(villages), total, p)
			}
			for _, v := range villages {
				if reason, ok := reasons[id(v.ID)]; ok && reason != "CAPACITY" {
					t.Fatalf("case %d: village %d unassigned for %s, want CAPACITY", n, v.ID, reason)
				}
			}
		}
	})
}

const twStaleLinksQ = `query($s: Boolean!) { links(first: 100, where: {kind: URBAN_RURAL_TWINNING, stale: $s}) { edges { node { id stale } } } }`

func twStaleLinks(t *testing.T, api *apitest.API, stale bool) []string {
	t.Helper()
	var out struct {
		Links struct {
			Edges []struct {
				Node struct {
					ID    string
					Stale bool
				}
			}
		}
	}
	api.OK(twStaleLinksQ, map[string]any{"s": stale}, &out)
	var got []string
	for _, e := range out.Links.Edges {
		if e.Node.Stale != stale {
			t.Fatalf("links(where: {stale: %v}) lists %s whose stale is %v", stale, e.Node.ID, e.Node.Stale)
		}
		got = append(got, e.Node.ID)
	}
	slices.Sort(got)
	return got
}

func twSorted(s ...string) []string {
	s = slices.Clone(s)
	slices.Sort(s)
	return s
}

type twOverview struct {
	BackwardVillages, Covered, Uncovered int
	Coverage                             float64
	Year                                 int
	Day                                  string
	ByStatus                             []struct {
		Status string
		Count  int
	}
	Stale, StaleDays, Activities int
	Funds                        float64
	TopPartners                  []struct {
		Partner    struct{ ID string }
		Activities int
		Funds      float64
	}
}

const twOverviewQ = `query($r: ID, $y: Int) { twinningOverview(region: $r, year: $y) {
	backwardVillages covered uncovered coverage year day byStatus { status count } stale staleDays activities funds
	topPartners { partner { id } activities funds } } }`

func twOverviewOf(t *testing.T, api *apitest.API, regionID *int, year int) twOverview {
	t.Helper()
	vars := map[string]any{"y": year}
	if regionID != nil {
		vars["r"] = id(*regionID)
	}
	var out struct{ TwinningOverview twOverview }
	api.OK(twOverviewQ, vars, &out)
	return out.TwinningOverview
}

// twWithStaleDays returns an API on the same database whose server counts a
// twinning stale after days without activity.
func twWithStaleDays(t *testing.T, api *apitest.API, days int) *apitest.API {
	t.Helper()
	h, err := server.New(server.Config{Store: api.Store, Search: api.Search, Network: api.Network, StaleDays: days,
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	ts := httptest.NewServer(h)
	t.Cleanup(ts.Close)
	b := *api
	b.URL = ts.URL
	return &b
}

// TestTwinningStale: an active twinning without an activity in the last 90
// days is stale, in the field, the filter and the overview.
func TestTwinningStale(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		b := w.build
		extra := func(name string) *ent.Region {
			v := b.Region(w.town1, region.LevelVILLAGE, name, "Cun", twBackward(""))
			b.Org(v, organization.KindPARTY_BRANCH, name+"党支部", twBranch)
			return v
		}
		big := b.Org(w.county, organization.KindENTERPRISE, "大企业", twCapacity(10, ""))
		old := twActive(t, api, w.v1.ID, big.ID, 200) // last activity 150 days ago
		twRecord(t, api, old, 150, 1000)
		at91 := twActive(t, api, w.v2.ID, big.ID, 200) // last activity 91 days ago
		twRecord(t, api, at91, 120, 10)
		twRecord(t, api, at91, 91, 20)
		at90 := twActive(t, api, w.v3.ID, big.ID, 200) // last activity 90 days ago: not stale
		twRecord(t, api, at90, 90, 30)
		recent := twActive(t, api, w.v4.ID, big.ID, 30) // no activity, started 30 days ago
		suspended := twActive(t, api, w.v5.ID, big.ID, 300)
		twMove(t, api, "suspendTwinning", suspended, 200)
		silent := twActive(t, api, extra("默村").ID, big.ID, 200) // no activity, started 200 days ago
		proposal := twPropose(t, api, extra("提村").ID, big.ID, 300)
		ended := twActive(t, api, extra("终村").ID, big.ID, 300)
		twMove(t, api, "endTwinning", ended, 200)

		check := func(api *apitest.API, stale []string, staleDays int, town1Stale int) {
			t.Helper()
			all := []string{old, at91, at90, recent, suspended, silent, proposal, ended}
			var fresh []string
			for _, l := range all {
				got := twRead(t, api, l)
				if got.Stale != slices.Contains(stale, l) {
					t.Fatalf("twinning %s (%s, last activity %v) stale = %v (staleDays %d)", l, got.Status, got.LastActivityOn, got.Stale, staleDays)
				}
				if !got.Stale {
					fresh = append(fresh, l)
				}
			}
			if got := twStaleLinks(t, api, true); !slices.Equal(got, twSorted(stale...)) {
				t.Fatalf("links(where: {stale: true}) = %v, want %v (staleDays %d)", got, twSorted(stale...), staleDays)
			}
			if got := twStaleLinks(t, api, false); !slices.Equal(got, twSorted(fresh...)) {
				t.Fatalf("links(where: {stale: false}) = %v, want %v (staleDays %d)", got, twSorted(fresh...), staleDays)
			}
			o := twOverviewOf(t, api, nil, twToday().Year())
			if o.Stale != len(stale) || o.StaleDays != staleDays {
				t.Fatalf("overview: stale %d of %d days, want %d of %d", o.Stale, o.StaleDays, len(stale), staleDays)
			}
			if o := twOverviewOf(t, api, &w.town1.ID, twToday().Year()); o.Stale != town1Stale {
				t.Fatalf("town1's overview: stale %d, want %d", o.Stale, town1Stale)
			}
			if o := twOverviewOf(t, api, &w.town2.ID, twToday().Year()); o.Stale != len(stale)-town1Stale {
				t.Fatalf("town2's overview: stale %d, want %d", o.Stale, len(stale)-town1Stale)
			}
		}
		if got := twRead(t, api, at91).LastActivityOn; got == nil || *got != twDaysAgo(91) {
			t.Fatalf("lastActivityOn = %v, want %s", got, twDaysAgo(91))
		}
		check(api, []string{old, at91, silent}, 90, 3)
		twRecord(t, api, old, 1, 50)
		check(api, []string{at91, silent}, 90, 2)
		// The server's setting: 60 days makes the 90-day-old activity
		// stale, 100 days leaves only the silent one.
		check(twWithStaleDays(t, api, 60), []string{at91, at90, silent}, 60, 3)
		check(twWithStaleDays(t, api, 100), []string{silent}, 100, 1)
	})
}

// TestTwinningOverviewMatchesIndicator: on the county demo, the overview's
// coverage agrees with BACKWARD_VILLAGE_TWINNED for the province, a county
// and a township, in the current and a past year, before and after a new
// twinning is activated; its states, activities and funds agree with
// counts made through ent.
func TestTwinningOverviewMatchesIndicator(t *testing.T) {
	onCountyDemo(t, func(t *testing.T, api *apitest.API) {
		api = api.For(t)
		ctx := context.Background()
		c := api.Client()
		thisYear := twToday().Year()

		// A backward village without an active twinning that has a party
		// organization and a partner with a place left.
		var candidates struct {
			Regions struct {
				Edges []struct {
					Node struct {
						ID     string
						Parent struct {
							ID     string
							Parent struct{ ID string }
						}
					}
				}
			}
		}
		api.OK(`{ regions(first: 100, where: {level: VILLAGE, backward: true, twinned: false}) { edges { node { id parent { id parent { id } } } } } }`, nil, &candidates)
		var village, partner string
		for _, e := range candidates.Regions.Edges {
			r := api.Do(twSuggestQ, map[string]any{"v": e.Node.ID, "first": 1})
			var out struct{ TwinningSuggestions []twSuggestion }
			if len(r.Errors) == 0 && twDecode(t, r.Data, &out) && len(out.TwinningSuggestions) > 0 {
				village, partner = e.Node.ID, out.TwinningSuggestions[0].Partner.ID
				break
			}
		}
		if village == "" {
			t.Fatal("the demo has no uncovered backward village with a partner to suggest")
		}
		villageID, _ := strconv.Atoi(village)
		v, err := c.Region.Get(ctx, villageID)
		if err != nil {
			t.Fatal(err)
		}
		town, err := c.Region.Get(ctx, *v.ParentID)
		if err != nil {
			t.Fatal(err)
		}
		province, err := c.Region.Query().Where(region.ParentIDIsNil()).Only(ctx)
		if err != nil {
			t.Fatal(err)
		}
		regions := []*ent.Region{province, nil, town}
		if regions[1], err = c.Region.Get(ctx, *town.ParentID); err != nil {
			t.Fatal(err)
		}
		if regions[1].Level != region.LevelCOUNTY {
			// the township's parent may be a district; climb to the county
			for regions[1].Level != region.LevelCOUNTY && regions[1].ParentID != nil {
				if regions[1], err = c.Region.Get(ctx, *regions[1].ParentID); err != nil {
					t.Fatal(err)
				}
			}
		}

		type figures struct{ covered, backward int }
		check := func(stage string) map[string]figures {
			out := map[string]figures{}
			for _, r := range regions {
				for _, year := range []int{thisYear, 2024} {
					rid := r.ID
					o := twOverviewOf(t, api, &rid, year)
					var ind struct {
						Indicator struct{ Numerator, Denominator int }
					}
					api.OK(`query($r: ID!, $y: Int!) { indicator(code: BACKWARD_VILLAGE_TWINNED, year: $y, region: $r) { numerator denominator } }`,
						map[string]any{"r": id(r.ID), "y": year}, &ind)
					where := fmt.Sprintf("%s, %s %s in %d", stage, r.Level, r.Name, year)
					if o.Covered != ind.Indicator.Numerator || o.BackwardVillages != ind.Indicator.Denominator ||
						o.Uncovered != o.BackwardVillages-o.Covered {
						t.Fatalf("%s: overview covers %d of %d (%d uncovered); BACKWARD_VILLAGE_TWINNED %d of %d", where,
							o.Covered, o.BackwardVillages, o.Uncovered, ind.Indicator.Numerator, ind.Indicator.Denominator)
					}
					if o.BackwardVillages > 0 && math.Abs(o.Coverage-float64(o.Covered)/float64(o.BackwardVillages)) > 1e-9 {
						t.Fatalf("%s: coverage %v", where, o.Coverage)
					}
					// States of the twinnings of the region's villages.
					inRegion := link.HasTargetWith(organization.HasRegionWith(region.PathHasPrefix(r.Path)))
					states := map[string]int{}
					total := 0
					for _, s := range o.ByStatus {
						states[s.Status] = s.Count
						total += s.Count
					}
					n, err := c.Link.Query().Where(link.KindEQ(link.KindURBAN_RURAL_TWINNING), inRegion).Count(ctx)
					if err != nil {
						t.Fatal(err)
					}
					if len(o.ByStatus) != 4 || total != n {
						t.Fatalf("%s: byStatus %v sums to %d; the region's villages have %d twinnings", where, o.ByStatus, total, n)
					}
					for _, st := range []link.Status{link.StatusPROPOSED, link.StatusACTIVE, link.StatusSUSPENDED, link.StatusENDED} {
						m, err := c.Link.Query().Where(link.KindEQ(link.KindURBAN_RURAL_TWINNING), inRegion, link.StatusEQ(st)).Count(ctx)
						if err != nil {
							t.Fatal(err)
						}
						if states[string(st)] != m {
							t.Fatalf("%s: byStatus %s = %d, ent counts %d", where, st, states[string(st)], m)
						}
					}
					// Activities and funds of the year.
					acts, err := c.LinkActivity.Query().Where(linkactivity.HasLinkWith(link.KindEQ(link.KindURBAN_RURAL_TWINNING), inRegion),
						linkactivity.OnGTE(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC)), linkactivity.OnLT(time.Date(year+1, 1, 1, 0, 0, 0, 0, time.UTC))).All(ctx)
					if err != nil {
						t.Fatal(err)
					}
					var funds float64
					for _, a := range acts {
						if a.Amount != nil {
							funds += *a.Amount
						}
					}
					if o.Activities != len(acts) || math.Abs(o.Funds-funds) > 1e-6*math.Max(1, funds) {
						t.Fatalf("%s: %d activities, %.2f yuan; ent counts %d, %.2f", where, o.Activities, o.Funds, len(acts), funds)
					}
					out[fmt.Sprintf("%d/%d", r.ID, year)] = figures{o.Covered, o.BackwardVillages}
				}
			}
			return out
		}
		before := check("before")
		if before[fmt.Sprintf("%d/%d", province.ID, thisYear)].backward == 0 {
			t.Fatal("the demo has no backward villages")
		}
		var proposed struct{ ProposeTwinning struct{ ID string } }
		api.OK(twProposeQ, map[string]any{"v": village, "p": partner}, &proposed)
		api.OK(twMoveQ("activateTwinning"), map[string]any{"l": proposed.ProposeTwinning.ID}, nil)
		api.OK(twRecordQ, map[string]any{"l": proposed.ProposeTwinning.ID, "on": twDaysAgo(0), "amount": 1234.5}, nil)
		after := check("after")
		for key, f := range before {
			want := f
			if strings.HasSuffix(key, fmt.Sprint("/", thisYear)) {
				want.covered++
			}
			if after[key] != want {
				t.Fatalf("%s: after activating a twinning %+v, want %+v", key, after[key], want)
			}
		}
	})
}

// twDecode decodes data into out, failing t on an error.
func twDecode(t *testing.T, data []byte, out any) bool {
	t.Helper()
	if err := json.Unmarshal(data, out); err != nil {
		t.Fatal(err)
	}
	return true
}

// twJSON is v as JSON, for messages.
func twJSON(v any) string {
	b, err := json.MarshalIndent(v, "", "  ")
	if err != nil {
		return err.Error()
	}
	return string(b)
}

// twSame reports whether a and b encode to the same JSON.
func twSame(a, b any) bool { return twJSON(a) == twJSON(b) }

// TestTwinningFilters: the twinned and hasTwinningRoom filters and the
// load fields give what the twinnings say.
func TestTwinningFilters(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		twActive(t, api, w.v1.ID, w.firm.ID, 30)        // firm 1 of 3
		twPropose(t, api, w.v2.ID, w.college.ID, 30)    // college full (proposed)
		s := twActive(t, api, w.v4.ID, w.bureau.ID, 30) // bureau: suspended gives the place back
		twMove(t, api, "suspendTwinning", s, 10)
		e := twActive(t, api, w.v5.ID, w.community.ID, 30)
		twMove(t, api, "endTwinning", e, 10)
		// A twinning ended today was not in force today.
		e2 := twActive(t, api, w.v3.ID, w.community.ID, 30)
		twMove(t, api, "endTwinning", e2, 0)

		regionIDs := func(where string) []string {
			t.Helper()
			var out struct {
				Regions struct {
					Edges []struct{ Node struct{ ID string } }
				}
			}
			api.OK(`{ regions(first: 100, where: `+where+`) { edges { node { id } } } }`, nil, &out)
			var got []string
			for _, e := range out.Regions.Edges {
				got = append(got, e.Node.ID)
			}
			slices.Sort(got)
			return got
		}
		regs := func(rs ...*ent.Region) []string {
			var out []string
			for _, r := range rs {
				out = append(out, id(r.ID))
			}
			slices.Sort(out)
			return out
		}
		if got, want := regionIDs(`{backward: true, twinned: false}`), regs(w.v2, w.v3, w.v4, w.v5, w.bare); !slices.Equal(got, want) {
			t.Fatalf("backward villages without an active twinning = %v, want %v", got, want)
		}
		if got, want := regionIDs(`{level: VILLAGE, twinned: true}`), regs(w.v1); !slices.Equal(got, want) {
			t.Fatalf("twinned regions = %v, want %v", got, want)
		}

		type org struct {
			ID                string
			TwinningLoad      int
			TwinningRemaining *int
		}
		orgs := func(where string) []org {
			t.Helper()
			var out struct {
				Organizations struct{ Edges []struct{ Node org } }
			}
			api.OK(`{ organizations(first: 100, where: `+where+`) { edges { node { id twinningLoad twinningRemaining } } } }`, nil, &out)
			var got []org
			for _, e := range out.Organizations.Edges {
				got = append(got, e.Node)
			}
			sort.Slice(got, func(i, j int) bool { return got[i].ID < got[j].ID })
			return got
		}
		orgIDs := func(os []org) []string {
			var out []string
			for _, o := range os {
				out = append(out, o.ID)
			}
			slices.Sort(out)
			return out
		}
		room := orgs(`{hasTwinningRoom: true}`)
		if got, want := orgIDs(room), twIDs(w.firm, w.bureau, w.community); !slices.Equal(got, want) {
			t.Errorf("urban units with a place left = %v, want %v (firm, bureau, community; not the cooperative %s)", got, want, id(w.coop.ID))
		}
		if got, want := orgIDs(orgs(`{hasTwinningRoom: false}`)), twIDs(w.college, w.full); !slices.Equal(got, want) {
			t.Errorf("urban units with a capacity and no place left = %v, want %v", got, want)
		}
		if got, want := orgIDs(orgs(`{twinned: true}`)), twIDs(w.firm, w.b1); !slices.Equal(got, want) {
			t.Errorf("organizations at an end of an active twinning = %v, want %v", got, want)
		}
		var total struct{ Organizations struct{ TotalCount int } }
		api.OK(`{ organizations { totalCount } }`, nil, &total)
		var untwinned struct{ Organizations struct{ TotalCount int } }
		api.OK(`{ organizations(where: {twinned: false}) { totalCount } }`, nil, &untwinned)
		if untwinned.Organizations.TotalCount != total.Organizations.TotalCount-2 {
			t.Errorf("organizations(where: {twinned: false}) counts %d of %d", untwinned.Organizations.TotalCount, total.Organizations.TotalCount)
		}

		// Loads and places left.
		want := map[int][2]any{ // load, remaining (nil: none)
			w.firm.ID: {1, twPtr(2)}, w.college.ID: {1, twPtr(0)}, w.bureau.ID: {0, twPtr(1)}, w.community.ID: {0, twPtr(2)},
			w.full.ID: {0, twPtr(0)}, w.nocap.ID: {0, (*int)(nil)}, w.coop.ID: {0, (*int)(nil)}, w.b1.ID: {0, (*int)(nil)},
		}
		for oid, wl := range want {
			var out struct {
				Node struct {
					TwinningLoad      int
					TwinningRemaining *int
				}
			}
			api.OK(`query($id: ID!) { node(id: $id) { ... on Organization { twinningLoad twinningRemaining } } }`, map[string]any{"id": id(oid)}, &out)
			wantRemaining := wl[1].(*int)
			if out.Node.TwinningLoad != wl[0].(int) || (out.Node.TwinningRemaining == nil) != (wantRemaining == nil) ||
				(wantRemaining != nil && *out.Node.TwinningRemaining != *wantRemaining) {
				t.Errorf("organization %d: load %d, remaining %v; want %d, %v", oid, out.Node.TwinningLoad, twDeref(out.Node.TwinningRemaining), wl[0], twDeref(wantRemaining))
			}
		}
	})
}

func twDeref(p *int) any {
	if p == nil {
		return nil
	}
	return *p
}

// TestTwinningSuggestions: partners ranked by score with their factors,
// only those with a place left and not already paired with the village.
func TestTwinningSuggestions(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, api *apitest.API, w *twinWorld) {
		order := []string{"CAPACITY", "DISTANCE", "INDUSTRY", "TIES", "ACTIVITY"}
		checkList := func(ss []twSuggestion, weights []float64) {
			t.Helper()
			for i, s := range ss {
				if i > 0 && ss[i-1].Score < s.Score {
					t.Fatalf("suggestions not ranked by score: %v then %v", ss[i-1].Score, s.Score)
				}
				if len(s.Factors) != len(order) {
					t.Fatalf("factors = %+v", s.Factors)
				}
				var wsum, score float64
				for j, f := range s.Factors {
					if f.Factor != order[j] || f.Value < 0 || f.Value > 1 {
						t.Fatalf("factor %d = %+v, want %s with a value from 0 to 1", j, f, order[j])
					}
					if weights != nil && math.Abs(f.Weight-weights[j]) > 1e-9 {
						t.Fatalf("factor %s weight %v, want %v", f.Factor, f.Weight, weights[j])
					}
					wsum += f.Weight
					score += f.Weight * f.Value
				}
				if math.Abs(wsum-1) > 1e-9 || math.Abs(score-s.Score) > 1e-9 {
					t.Fatalf("weights sum to %v, weighted values to %v; score %v", wsum, score, s.Score)
				}
				if s.Remaining < 1 {
					t.Fatalf("partner %s without a place suggested", s.Partner.ID)
				}
				if s.DistanceKm != nil && math.Abs(s.Factors[1].Value-50/(50+*s.DistanceKm)) > 1e-9 {
					t.Fatalf("distance %v km gives nearness %v", *s.DistanceKm, s.Factors[1].Value)
				}
			}
		}
		defaults := []float64{0.2, 0.3, 0.2, 0.15, 0.15}
		all := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50})
		checkList(all, defaults)
		if got, want := twPartners(all), twIDs(w.firm, w.college, w.bureau, w.community); !slices.Equal(got, want) {
			t.Fatalf("partners suggested for v1 = %v, want the active urban units with places %v", got, want)
		}
		byBranch := twSuggest(t, api, map[string]any{"v": id(w.b1.ID), "first": 50})
		if !twSame(byBranch, all) {
			t.Fatalf("suggestions for the village's branch differ from the village's")
		}
		for _, s := range all {
			if s.Partner.ID == id(w.firm.ID) {
				if s.Factors[2].Value != 1 || s.Factors[0].Value != 1 || s.Remaining != 3 {
					t.Fatalf("firm (水稻, 3 places free) for v1 (水稻): %+v", s)
				}
			}
		}
		if got := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 1}); len(got) != 1 || got[0].Partner.ID != all[0].Partner.ID {
			t.Fatalf("first: 1 = %+v, want the best %s", got, all[0].Partner.ID)
		}
		if got := twSuggest(t, api, map[string]any{"v": id(w.v1.ID)}); len(got) != 4 {
			t.Fatalf("the default first gives %d suggestions of 4", len(got))
		}

		// Nearest first when only distance counts.
		near := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50, "w": map[string]any{"capacity": 0, "distance": 1, "industry": 0, "ties": 0, "activity": 0}})
		checkList(near, []float64{0, 1, 0, 0, 0})
		for i := 1; i < len(near); i++ {
			if *near[i-1].DistanceKm > *near[i].DistanceKm {
				t.Fatalf("with distance alone, %v km comes before %v km", *near[i-1].DistanceKm, *near[i].DistanceKm)
			}
		}
		if near[0].Partner.ID != id(w.college.ID) { // in town1, next to v1
			t.Fatalf("nearest partner of v1 = %s, want college %d", near[0].Partner.ID, w.college.ID)
		}
		// Only industry: firm (水稻) first for v1; a weight left out keeps its default.
		fit := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50, "w": map[string]any{"capacity": 0, "distance": 0, "ties": 0, "activity": 0, "industry": 2}})
		checkList(fit, []float64{0, 0, 1, 0, 0})
		if fit[0].Partner.ID != id(w.firm.ID) {
			t.Fatalf("best industry fit for v1 = %s, want firm", fit[0].Partner.ID)
		}
		half := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50, "w": map[string]any{"distance": 0.6}})
		checkList(half, []float64{0.2 / 1.3, 0.6 / 1.3, 0.2 / 1.3, 0.15 / 1.3, 0.15 / 1.3})

		// partnerRegion: only town2's units.
		if got, want := twPartners(twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50, "pr": id(w.town2.ID)})), twIDs(w.bureau, w.community); !slices.Equal(got, want) {
			t.Fatalf("partners in town2 = %v, want %v", got, want)
		}

		// A partner paired with the village, or with no place left, is not suggested.
		twPropose(t, api, w.v1.ID, w.firm.ID, 1)
		twPropose(t, api, w.v3.ID, w.college.ID, 1)
		after := twSuggest(t, api, map[string]any{"v": id(w.v1.ID), "first": 50})
		checkList(after, defaults)
		if got, want := twPartners(after), twIDs(w.bureau, w.community); !slices.Equal(got, want) {
			t.Fatalf("after pairing v1 with firm and filling college, suggestions = %v, want %v", got, want)
		}
		for _, s := range twSuggest(t, api, map[string]any{"v": id(w.v2.ID), "first": 50}) {
			if s.Partner.ID == id(w.firm.ID) && (s.Remaining != 2 || math.Abs(s.Factors[0].Value-2.0/3) > 1e-9) {
				t.Fatalf("firm with 2 of 3 places left: %+v", s)
			}
		}

		// Ties: firm is linked to v2's branch, which is linked to v3's.
		api.OK(`mutation($s: ID!, $d: ID!) { createLink(input: {kind: VILLAGE_ENTERPRISE, sourceID: $s, targetID: $d}) { id } }`,
			map[string]any{"s": id(w.firm.ID), "d": id(w.b2.ID)}, nil)
		api.OK(`mutation($s: ID!, $d: ID!) { createLink(input: {kind: VILLAGE_VILLAGE, sourceID: $s, targetID: $d}) { id } }`,
			map[string]any{"s": id(w.b2.ID), "d": id(w.b3.ID)}, nil)
		tie := func(village *ent.Region, partner *ent.Organization) twSuggestion {
			t.Helper()
			for _, s := range twSuggest(t, api, map[string]any{"v": id(village.ID), "first": 50}) {
				if s.Partner.ID == id(partner.ID) {
					return s
				}
			}
			t.Fatalf("%s is not suggested for %s", partner.Name, village.Name)
			return twSuggestion{}
		}
		if s := tie(w.v2, w.firm); s.Steps == nil || *s.Steps != 1 || s.Factors[3].Value != 1 {
			t.Fatalf("firm linked to v2's branch: steps %v, ties %v; want 1, 1", twDeref(s.Steps), s.Factors[3].Value)
		}
		if s := tie(w.v3, w.firm); s.Steps == nil || *s.Steps != 2 || s.Factors[3].Value != 0.5 {
			t.Fatalf("firm two steps from v3's branch: steps %v, ties %v; want 2, 0.5", twDeref(s.Steps), s.Factors[3].Value)
		}
		if s := tie(w.v3, w.bureau); s.Steps != nil || s.Factors[3].Value != 0 {
			t.Fatalf("bureau not linked to v3: steps %v, ties %v; want null, 0", twDeref(s.Steps), s.Factors[3].Value)
		}
		// Activity: community's one active pair has two activities in the
		// last 365 days (and one older): half of a full record.
		pair := twActive(t, api, w.v4.ID, w.community.ID, 400)
		twRecord(t, api, pair, 380, 10)
		twRecord(t, api, pair, 50, 10)
		twRecord(t, api, pair, 10, 10)
		if s := tie(w.v5, w.community); s.Activities != 2 || s.Factors[4].Value != 0.5 || s.Remaining != 1 || s.Factors[0].Value != 0.5 {
			t.Fatalf("community (2 of 2 places, 1 taken; 2 activities this year for 1 pair): %s", twJSON(s))
		}

		for _, c := range []struct {
			name        string
			vars        map[string]any
			code, field string
		}{
			{"first 0", map[string]any{"v": id(w.v2.ID), "first": 0}, "BAD_USER_INPUT", "first"},
			{"first 51", map[string]any{"v": id(w.v2.ID), "first": 51}, "BAD_USER_INPUT", "first"},
			{"negative weight", map[string]any{"v": id(w.v2.ID), "w": map[string]any{"distance": -0.1}}, "BAD_USER_INPUT", "weights"},
			{"all weights 0", map[string]any{"v": id(w.v2.ID), "w": map[string]any{"capacity": 0, "distance": 0, "industry": 0, "ties": 0, "activity": 0}}, "BAD_USER_INPUT", "weights"},
			{"village not backward", map[string]any{"v": id(w.flat.ID)}, "BAD_USER_INPUT", "village"},
			{"village without party organization", map[string]any{"v": id(w.bare.ID)}, "BAD_USER_INPUT", "village"},
			{"unknown village", map[string]any{"v": missingID(w.v1.ID)}, "NOT_FOUND", "village"},
			{"unknown partner region", map[string]any{"v": id(w.v2.ID), "pr": missingID(w.v1.ID)}, "", "partnerRegion"},
		} {
			t.Run(c.name, func(t *testing.T) {
				code := c.code
				if code == "" {
					r := api.For(t).Do(twSuggestQ, c.vars)
					if len(r.Errors) == 0 || r.Errors[0].Field() != c.field || r.Errors[0].Code() == "INTERNAL" {
						t.Fatalf("unknown partnerRegion: %+v", r.Errors)
					}
					return
				}
				api.For(t).Fail(twSuggestQ, c.vars, code, c.field)
			})
		}
	})
}

// TestTwinningPermissions: a coordinator changes twinnings with an end in
// their scope; others are refused and nothing is written; every change is
// in the audit trail with its actor.
func TestTwinningPermissions(t *testing.T) {
	onTwinWorld(t, func(t *testing.T, admin *apitest.API, w *twinWorld) {
		coord := admin.As(user.RoleCOORDINATOR, &w.town1.ID).For(t)
		coordID, coordName := twViewer(t, coord)

		// Inside the scope (the village; the partner is the county's).
		l := twPropose(t, coord, w.v1.ID, w.firm.ID, 10)
		twMove(t, coord, "activateTwinning", l, 5)
		twRecord(t, coord, l, 2, 300)
		if tr := twRead(t, admin, l).Transitions; len(tr) != 2 || tr[0].ActorName != coordName || tr[1].ActorName != coordName {
			t.Fatalf("history = %+v, want two entries by %s", tr, coordName)
		}

		// Outside: both ends in town2.
		b := w.build
		v6 := b.Region(w.town2, region.LevelVILLAGE, "六村", "Liu Cun", twBackward(""))
		b.Org(v6, organization.KindPARTY_BRANCH, "六村党支部", twBranch)
		outside := twPropose(t, admin, w.v4.ID, w.bureau.ID, 10)
		outsideActive := twActive(t, admin, w.v5.ID, w.community.ID, 10) // community: 1 of 2 places left
		before := twCount(t, admin.Client())
		fp := fingerprint(t, admin.Client())
		analyst := admin.As(user.RoleANALYST, nil).For(t)
		viewer := admin.As(user.RoleVIEWER, nil).For(t)
		row := []any{map[string]any{"village": id(v6.ID), "partner": id(w.community.ID), "remaining": 1}}
		for _, c := range []struct {
			name  string
			api   *apitest.API
			query string
			vars  map[string]any
		}{
			{"coordinator proposes outside the scope", coord, twProposeQ, map[string]any{"v": id(v6.ID), "p": id(w.community.ID)}},
			{"coordinator activates outside the scope", coord, twMoveQ("activateTwinning"), map[string]any{"l": outside}},
			{"coordinator ends outside the scope", coord, twMoveQ("endTwinning"), map[string]any{"l": outsideActive}},
			{"coordinator records outside the scope", coord, twRecordQ, map[string]any{"l": outsideActive, "on": twDaysAgo(1)}},
			{"coordinator applies a plan outside the scope", coord, twApplyQ, map[string]any{"rows": row}},
			{"coordinator applies a plan with one row outside the scope", coord, twApplyQ, map[string]any{"rows": []any{
				map[string]any{"village": id(w.v2.ID), "partner": id(w.college.ID), "remaining": 1}, row[0]}}},
			{"analyst proposes", analyst, twProposeQ, map[string]any{"v": id(w.v2.ID), "p": id(w.college.ID)}},
			{"analyst activates", analyst, twMoveQ("activateTwinning"), map[string]any{"l": outside}},
			{"analyst applies a plan", analyst, twApplyQ, map[string]any{"rows": row}},
			{"viewer proposes", viewer, twProposeQ, map[string]any{"v": id(w.v2.ID), "p": id(w.college.ID)}},
			{"viewer suspends", viewer, twMoveQ("suspendTwinning"), map[string]any{"l": l}},
			{"viewer records", viewer, twRecordQ, map[string]any{"l": l, "on": twDaysAgo(1)}},
		} {
			t.Run(c.name, func(t *testing.T) { c.api.For(t).Fail(c.query, c.vars, "FORBIDDEN", "") })
		}
		if after := twCount(t, admin.Client()); after != before {
			t.Fatalf("refused requests wrote rows: before %+v, after %+v", before, after)
		}
		if after := fingerprint(t, admin.Client()); after != fp {
			t.Fatalf("refused requests changed records")
		}
		if got := twRead(t, admin, outside); got.Status != "PROPOSED" || len(got.Transitions) != 1 {
			t.Fatalf("a refused change moved the twinning: %+v", got)
		}
		// Reading is allowed to all.
		analyst.OK(twSuggestQ, map[string]any{"v": id(w.v2.ID)}, nil)
		viewer.OK(twPlanQ, map[string]any{"r": id(w.town1.ID)}, nil)

		// The audit trail: the link's creation and activation, the history
		// entries and the activity, each by the coordinator.
		type event struct {
			ActorID, ActorName, Operation, EntityType, EntityID string
		}
		var trail struct {
			AuditEvents struct{ Edges []struct{ Node event } }
		}
		admin.OK(`query($a: ID!) { auditEvents(first: 100, where: {actor: $a}) { edges { node { actorID actorName operation entityType entityID } } } }`,
			map[string]any{"a": coordID}, &trail)
		kinds := map[string]int{}
		for _, e := range trail.AuditEvents.Edges {
			n := e.Node
			if n.ActorID != coordID || !strings.Contains(n.ActorName, coordName) {
				t.Fatalf("event %+v is not by %s (%s)", n, coordName, coordID)
			}
			kinds[n.EntityType+" "+n.Operation]++
		}
		if kinds["Link CREATE"] != 1 || kinds["Link UPDATE"] != 1 || kinds["TwinningTransition CREATE"] != 2 || kinds["LinkActivity CREATE"] != 1 {
			t.Fatalf("the coordinator's audit trail = %v, want the twinning created and activated, two history entries, an activity", kinds)
		}
		var history struct {
			Node struct {
				History struct{ Edges []struct{ Node event } }
			}
		}
		admin.OK(`query($id: ID!) { node(id: $id) { ... on Link { history { edges { node { actorID actorName operation entityType entityID } } } } } }`,
			map[string]any{"id": l}, &history)
		var ops []string
		for _, e := range history.Node.History.Edges {
			if e.Node.ActorID != coordID || e.Node.EntityID != l {
				t.Fatalf("link history event %+v", e.Node)
			}
			ops = append(ops, e.Node.Operation)
		}
		if !slices.Equal(ops, []string{"UPDATE", "CREATE"}) {
			t.Fatalf("link history = %v, want UPDATE then CREATE (newest first)", ops)
		}
	})
}
