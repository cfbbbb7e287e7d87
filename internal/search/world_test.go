package search_test

import (
	"context"
	"testing"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/search"
	"grassroots/internal/store"
	"grassroots/tooling/viewtest"
)

// world is a small slice of Yanbian: two counties, each with a township and a
// village named 东光村 (namesakes), a party branch in each and a 张伟 in each.
type world struct {
	province, prefecture, yanji, tumen, yilan, yueqing, dongguangA, dongguangB, xindongguang *ent.Region
	branchA, branchB, organDept                                                              *ent.Organization
	zhangA, zhangB, lv                                                                       *ent.Person
}

// builder creates rows through an ent client (the root one or a transaction's).
type builder struct {
	t   testing.TB
	ctx context.Context
	c   *ent.Client
}

func (b builder) region(code, name, latin string, level region.Level, parent *ent.Region) *ent.Region {
	b.t.Helper()
	c := b.c.Region.Create().SetCode(code).SetName(name).SetNameLatin(latin).SetLevel(level)
	if parent != nil {
		c.SetParentID(parent.ID)
	}
	r, err := c.Save(b.ctx)
	if err != nil {
		b.t.Fatalf("create region %s: %v", name, err)
	}
	return r
}

func (b builder) org(name, latin string, kind organization.Kind, in *ent.Region) *ent.Organization {
	b.t.Helper()
	o, err := b.c.Organization.Create().SetName(name).SetNameLatin(latin).SetKind(kind).SetRegionID(in.ID).Save(b.ctx)
	if err != nil {
		b.t.Fatalf("create organization %s: %v", name, err)
	}
	return o
}

func (b builder) person(name, latin string, home *ent.Region) *ent.Person {
	b.t.Helper()
	c := b.c.Person.Create().SetName(name).SetNameLatin(latin)
	if home != nil {
		c.SetHomeRegionID(home.ID)
	}
	p, err := c.Save(b.ctx)
	if err != nil {
		b.t.Fatalf("create person %s: %v", name, err)
	}
	return p
}

func buildWorld(b builder) *world {
	var w world
	w.province = b.region("220000000000", "吉林省", "Jilin Sheng", region.LevelPROVINCE, nil)
	w.prefecture = b.region("222400000000", "延边朝鲜族自治州", "Yanbian Chaoxianzu Zizhizhou", region.LevelCITY, w.province)
	w.yanji = b.region("222401000000", "延吉市", "Yanji Shi", region.LevelCOUNTY, w.prefecture)
	w.tumen = b.region("222402000000", "图们市", "Tumen Shi", region.LevelCOUNTY, w.prefecture)
	w.yilan = b.region("222401100000", "依兰镇", "Yilan Zhen", region.LevelTOWNSHIP, w.yanji)
	w.yueqing = b.region("222402100000", "月晴镇", "Yueqing Zhen", region.LevelTOWNSHIP, w.tumen)
	w.dongguangA = b.region("222401100201", "东光村", "Dongguang Cun", region.LevelVILLAGE, w.yilan)
	w.dongguangB = b.region("222402100201", "东光村", "Dongguang Cun", region.LevelVILLAGE, w.yueqing)
	w.xindongguang = b.region("222401100202", "新东光村", "Xindongguang Cun", region.LevelVILLAGE, w.yilan)
	w.branchA = b.org("东光村党支部", "Dongguang Cun Dangzhibu", organization.KindPARTY_BRANCH, w.dongguangA)
	w.branchB = b.org("东光村党支部", "Dongguang Cun Dangzhibu", organization.KindPARTY_BRANCH, w.dongguangB)
	w.organDept = b.org("延吉市委组织部", "Yanji Shiwei Zuzhibu", organization.KindGOVERNMENT_ORGAN, w.yanji)
	w.zhangA = b.person("张伟", "Zhang Wei", w.dongguangA)
	w.zhangB = b.person("张伟", "Zhang Wei", w.dongguangB)
	w.lv = b.person("吕明", "Lü Ming", w.xindongguang)
	return &w
}

// titles lists hits as "TYPE title", best first.
func titles(hits []search.Hit) []string {
	var out []string
	for _, h := range hits {
		out = append(out, h.Type.String()+" "+h.Title)
	}
	return out
}

func query(t *testing.T, x *search.Index, q string, types ...search.Type) []search.Hit {
	t.Helper()
	hits, err := x.Query(q, types, search.MaxFirst)
	if err != nil {
		t.Fatalf("Query(%q): %v", q, err)
	}
	return hits
}

// has reports whether a hit for ref is among hits.
func has(hits []search.Hit, typ search.Type, id int) bool {
	for _, h := range hits {
		if h.Type == typ && h.ID == id {
			return true
		}
	}
	return false
}

// followed returns the index of a search view over st, loaded and following
// st's writes, as the server keeps it.
func followed(t *testing.T, st *store.Store) *search.Index {
	t.Helper()
	v := search.NewView(st)
	viewtest.Open(t, st.Client, v)
	return v.Index
}
