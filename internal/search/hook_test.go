package search_test

import (
	"context"
	"fmt"
	"testing"

	"grassroots/ent"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/region"
	"grassroots/internal/search"
	"grassroots/tooling/testdb"
)

// expect checks whether q finds the row.
func expect(t *testing.T, x *search.Index, q string, typ search.Type, id int, found bool) {
	t.Helper()
	hits := query(t, x, q, typ)
	if has(hits, typ, id) != found {
		verb := "finds"
		if !found {
			verb = "no longer finds"
		}
		t.Errorf("want Query(%q) %s %s %d; got %v", q, verb, typ, id, titles(hits))
	}
}

func tx(t *testing.T, c *ent.Client) *ent.Tx {
	t.Helper()
	tx, err := c.Tx(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return tx
}

func TestHookAppliesWritesOnlyWhenCommitted(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := testdb.Open(t, d)
			x := followed(t, st)
			root := builder{t, ctx, st.Client}

			// Outside a transaction a write is committed at once.
			prov := root.region("220000000000", "吉林省", "Jilin Sheng", region.LevelPROVINCE, nil)
			expect(t, x, "吉林", search.Region, prov.ID, true)

			// Created in a transaction: invisible until it commits.
			t1 := tx(t, st.Client)
			in := builder{t, ctx, t1.Client()}
			pref := in.region("222400000000", "延边朝鲜族自治州", "Yanbian Chaoxianzu Zizhizhou", region.LevelCITY, prov)
			yanji := in.region("222401000000", "延吉市", "Yanji Shi", region.LevelCOUNTY, pref)
			dept := in.org("延吉市委组织部", "Yanji Shiwei Zuzhibu", organization.KindGOVERNMENT_ORGAN, yanji)
			zhang := in.person("张伟", "Zhang Wei", yanji)
			expect(t, x, "yj", search.Region, yanji.ID, false)
			expect(t, x, "组织部", search.Organization, dept.ID, false)
			expect(t, x, "zhangwei", search.Person, zhang.ID, false)
			if err := t1.Commit(); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "yj", search.Region, yanji.ID, true)
			expect(t, x, "yanji", search.Region, yanji.ID, true)
			expect(t, x, "组织部", search.Organization, dept.ID, true)
			expect(t, x, "zhangwei", search.Person, zhang.ID, true)
			if h := query(t, x, "张伟"); len(h) != 1 || h[0].Subtitle != "吉林省 / 延边朝鲜族自治州 / 延吉市" {
				t.Errorf("Query(张伟) = %+v", h)
			}

			// Rolled back: never visible.
			t2 := tx(t, st.Client)
			li := builder{t, ctx, t2.Client()}.person("李四", "Li Si", yanji)
			if err := t2.Rollback(); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "李四", search.Person, li.ID, false)

			// Bulk creates go through the hook row by row.
			people, err := st.Client.Person.CreateBulk(
				st.Client.Person.Create().SetName("朴哲").SetNameLatin("Piao Zhe").SetHomeRegionID(yanji.ID),
				st.Client.Person.Create().SetName("崔英").SetNameLatin("Cui Ying"),
			).Save(ctx)
			if err != nil {
				t.Fatal(err)
			}
			expect(t, x, "piaozhe", search.Person, people[0].ID, true)
			expect(t, x, "崔英", search.Person, people[1].ID, true)

			// Renamed in a transaction: the old name goes at commit.
			t3 := tx(t, st.Client)
			if err := t3.Person.UpdateOne(zhang).SetName("张维").SetNameLatin("Zhang Wei").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "张伟", search.Person, zhang.ID, true)
			expect(t, x, "张维", search.Person, zhang.ID, false)
			if err := t3.Commit(); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "张伟", search.Person, zhang.ID, false)
			expect(t, x, "张维", search.Person, zhang.ID, true)

			// A renamed region changes the subtitles below it.
			if err := st.Client.Region.UpdateOne(pref).SetName("延边州").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "延边朝鲜族自治州", search.Region, pref.ID, false)
			if h := query(t, x, "张维"); len(h) != 1 || h[0].Subtitle != "吉林省 / 延边州 / 延吉市" {
				t.Errorf("after renaming the prefecture, Query(张维) = %+v", h)
			}

			// Bulk update: every matched row is re-read.
			n, err := st.Client.Organization.Update().
				Where(organization.KindEQ(organization.KindGOVERNMENT_ORGAN)).SetName("延吉市委宣传部").Save(ctx)
			if err != nil || n != 1 {
				t.Fatalf("bulk update: %d, %v", n, err)
			}
			expect(t, x, "组织部", search.Organization, dept.ID, false)
			expect(t, x, "宣传部", search.Organization, dept.ID, true)

			// Deletes, one and bulk.
			if err := st.Client.Person.DeleteOneID(zhang.ID).Exec(ctx); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "张维", search.Person, zhang.ID, false)
			if _, err := st.Client.Organization.Delete().Where(organization.RegionID(yanji.ID)).Exec(ctx); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "宣传部", search.Organization, dept.ID, false)
			t4 := tx(t, st.Client)
			if err := t4.Region.DeleteOneID(yanji.ID).Exec(ctx); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "延吉", search.Region, yanji.ID, true)
			if err := t4.Commit(); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "延吉", search.Region, yanji.ID, false)
		})
	}
}

// Commit hooks run last-registered first; the index must still end up with
// the last write of each row.
func TestHookKeepsTheLastWriteOfATransaction(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := testdb.Open(t, d)
			x := followed(t, st)

			t1 := tx(t, st.Client)
			in := builder{t, ctx, t1.Client()}
			p := in.person("王芳", "Wang Fang", nil)
			if err := t1.Person.UpdateOne(p).SetName("王芬").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			if err := t1.Person.UpdateOne(p).SetName("王芸").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			gone := in.person("赵六", "Zhao Liu", nil)
			if err := t1.Person.DeleteOne(gone).Exec(ctx); err != nil {
				t.Fatal(err)
			}
			if err := t1.Commit(); err != nil {
				t.Fatal(err)
			}
			expect(t, x, "王芳", search.Person, p.ID, false)
			expect(t, x, "王芬", search.Person, p.ID, false)
			expect(t, x, "王芸", search.Person, p.ID, true)
			expect(t, x, "赵六", search.Person, gone.ID, false)
		})
	}
}

func TestHookUpdatesRowsLoadedFromTheDatabase(t *testing.T) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			t.Parallel()
			ctx := context.Background()
			st := testdb.Open(t, d)
			w := buildWorld(builder{t, ctx, st.Client})
			x := followed(t, st)

			if err := st.Client.Region.UpdateOne(w.dongguangB).SetName("西光村").SetNameLatin("Xiguang Cun").Exec(ctx); err != nil {
				t.Fatal(err)
			}
			if got := titles(query(t, x, "东光村", search.Region)); len(got) != 2 { // 东光村 (A) and 新东光村
				t.Errorf("Query(东光村) after the rename = %v", got)
			}
			expect(t, x, "东光村", search.Region, w.dongguangB.ID, false)
			expect(t, x, "xiguang", search.Region, w.dongguangB.ID, true)
			for _, h := range query(t, x, "东光村党支部") {
				if h.ID == w.branchB.ID && h.Subtitle != "吉林省 / 延边朝鲜族自治州 / 图们市 / 月晴镇 / 西光村 · 党支部" {
					t.Errorf("branch B subtitle %q", h.Subtitle)
				}
			}

			n, err := st.Client.Person.Delete().Where(person.NameEQ("张伟")).Exec(ctx)
			if err != nil || n != 2 {
				t.Fatalf("delete: %d, %v", n, err)
			}
			if hits := query(t, x, "张伟"); len(hits) != 0 {
				t.Errorf("deleted people still found: %v", titles(hits))
			}

			// Loading again agrees with what the hook kept.
			before := titles(query(t, x, "g"))
			if err := x.Load(ctx, st); err != nil {
				t.Fatal(err)
			}
			if after := titles(query(t, x, "g")); len(after) != len(before) {
				t.Errorf("after reload %v, before %v", after, before)
			}
		})
	}
}

func TestFindLoadsEntitiesInRankOrder(t *testing.T) {
	ctx := context.Background()
	st := testdb.Open(t, testdb.Dialects[len(testdb.Dialects)-1])
	w := buildWorld(builder{t, ctx, st.Client})
	x := search.New()
	if err := x.Load(ctx, st); err != nil {
		t.Fatal(err)
	}
	res, err := x.Find(ctx, st.Client, "dongguang", nil, 20)
	if err != nil {
		t.Fatal(err)
	}
	if len(res) != 5 {
		t.Fatalf("Find = %d results, want 5", len(res))
	}
	if r, ok := res[0].Node.(*ent.Region); !ok || r.ID != w.dongguangA.ID || r.Name != "东光村" {
		t.Errorf("first node = %#v", res[0].Node)
	}
	if o, ok := res[2].Node.(*ent.Organization); !ok || o.ID != w.branchA.ID {
		t.Errorf("third node = %#v", res[2].Node)
	}
	// A row deleted behind the index's back is left out, not returned as nil.
	if _, err := st.DB.ExecContext(ctx, fmt.Sprintf("DELETE FROM people WHERE id = %d", w.lv.ID)); err != nil {
		t.Fatal(err)
	}
	res, err = x.Find(ctx, st.Client, "吕明", []search.Type{search.Person}, 20)
	if err != nil || len(res) != 0 {
		t.Errorf("Find(吕明) after a raw delete = %v, %v", res, err)
	}
	res, err = x.Find(ctx, st.Client, "zw", []search.Type{search.Person}, 20)
	if err != nil || len(res) != 2 {
		t.Fatalf("Find(zw) = %v, %v", res, err)
	}
	if p, ok := res[0].Node.(*ent.Person); !ok || p.ID != w.zhangA.ID {
		t.Errorf("Find(zw) first node = %#v", res[0].Node)
	}
}
