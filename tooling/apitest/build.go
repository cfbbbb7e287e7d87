package apitest

import (
	"context"
	"fmt"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/internal/ident"
	"grassroots/internal/twinning/rule"
)

// Builder creates test data through the ent client (so hooks and validators
// run), with codes and names filled in.
type Builder struct {
	t        testing.TB
	c        *ent.Client
	children map[int]int
}

// Build returns a builder writing through c.
func Build(t testing.TB, c *ent.Client) *Builder {
	return &Builder{t: t, c: c, children: map[int]int{}}
}

var ctx = context.Background()

// width of a level's own digits in a division code.
var levelDigits = map[region.Level]int{region.LevelCITY: 2, region.LevelCOUNTY: 2, region.LevelTOWNSHIP: 3, region.LevelVILLAGE: 3, region.LevelCOMMUNITY: 3}

// Province creates the root region 吉林省.
func (b *Builder) Province() *ent.Region {
	b.t.Helper()
	r, err := b.c.Region.Create().SetCode("220000000000").SetName("吉林省").SetNameLatin("Jilin Sheng").SetLevel(region.LevelPROVINCE).Save(ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return r
}

// Region creates the next child of parent at level with a consistent code.
func (b *Builder) Region(parent *ent.Region, level region.Level, name, latin string, set ...func(*ent.RegionCreate)) *ent.Region {
	b.t.Helper()
	b.children[parent.ID]++
	prefix := ident.DivisionPrefix(parent.Code, parent.Level.String())
	own := fmt.Sprintf("%0*d", levelDigits[level], b.children[parent.ID])
	code := prefix + own
	code += "000000000000"[:12-len(code)]
	c := b.c.Region.Create().SetCode(code).SetName(name).SetNameLatin(latin).SetLevel(level).SetParent(parent)
	for _, f := range set {
		f(c)
	}
	r, err := c.Save(ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return r
}

// Org creates an organization in a region.
func (b *Builder) Org(in *ent.Region, kind organization.Kind, name string, set ...func(*ent.OrganizationCreate)) *ent.Organization {
	b.t.Helper()
	c := b.c.Organization.Create().SetRegion(in).SetKind(kind).SetName(name)
	for _, f := range set {
		f(c)
	}
	o, err := c.Save(ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return o
}

// Person creates a person living in home.
func (b *Builder) Person(name, latin string, home *ent.Region, set ...func(*ent.PersonCreate)) *ent.Person {
	b.t.Helper()
	c := b.c.Person.Create().SetName(name).SetNameLatin(latin).SetHomeRegion(home)
	for _, f := range set {
		f(c)
	}
	p, err := c.Save(ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return p
}

// Post gives a person a post that started on 2010-01-01 (current unless set changes it).
func (b *Builder) Post(p *ent.Person, o *ent.Organization, role position.Role, set ...func(*ent.PositionCreate)) *ent.Position {
	b.t.Helper()
	c := b.c.Position.Create().SetPerson(p).SetOrganization(o).SetRole(role).SetStartedOn(Day("2010-01-01"))
	for _, f := range set {
		f(c)
	}
	pos, err := c.Save(ctx)
	if err != nil {
		b.t.Fatal(err)
	}
	return pos
}

// Link joins two organizations from 2010-01-01: stored as it stands, a
// twinning too, whatever the rules the twinning mutations keep
// (internal/twinning/rule).
func (b *Builder) Link(src, dst *ent.Organization, kind link.Kind, set ...func(*ent.LinkCreate)) *ent.Link {
	b.t.Helper()
	c := b.c.Link.Create().SetSource(src).SetTarget(dst).SetKind(kind).SetStartedOn(Day("2010-01-01"))
	for _, f := range set {
		f(c)
	}
	l, err := c.Save(rule.Checked(ctx))
	if err != nil {
		b.t.Fatal(err)
	}
	return l
}

// Day parses YYYY-MM-DD as midnight UTC.
func Day(s string) time.Time {
	t, err := time.Parse("2006-01-02", s)
	if err != nil {
		panic(err)
	}
	return t
}
