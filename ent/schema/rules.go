package schema

import (
	"context"
	"strings"

	"entgo.io/ent"

	gen "grassroots/ent"
	"grassroots/ent/hook"
	"grassroots/ent/organization"
	"grassroots/ent/region"
	"grassroots/internal/fault"
	"grassroots/internal/ident"
)

// regionHierarchy checks a region's code against its level and parent and
// keeps the materialized path current. The code, level and parent of a region
// with children cannot change: its descendants' codes extend its code.
func regionHierarchy(next ent.Mutator) ent.Mutator {
	return hook.RegionFunc(func(ctx context.Context, m *gen.RegionMutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		_, codeSet := m.Code()
		_, levelSet := m.Level()
		_, parentSet := m.ParentID()
		if m.Op().Is(ent.OpUpdateOne) && !codeSet && !levelSet && !parentSet && !m.ParentCleared() {
			return next.Mutate(ctx, m)
		}
		code, _ := m.Code()
		lv, _ := m.Level()
		if m.Op().Is(ent.OpUpdateOne) {
			id, _ := m.ID()
			old, err := m.Client().Region.Get(ctx, id)
			if err != nil {
				return nil, err
			}
			if !codeSet {
				code = old.Code
			}
			if !levelSet {
				lv = old.Level
			}
			if !parentSet && !m.ParentCleared() && old.ParentID != nil {
				m.SetParentID(*old.ParentID)
			}
			n, err := m.Client().Region.Query().Where(region.ParentID(id)).Count(ctx)
			if err != nil {
				return nil, err
			}
			if n > 0 && (code != old.Code || lv != old.Level || !sameParent(m, old)) {
				return nil, fault.Invalid("code", "region %s has %d child regions; its code, level and parent cannot change", old.Code, n)
			}
		}
		path := ""
		if pid, ok := m.ParentID(); ok {
			parent, err := m.Client().Region.Get(ctx, pid)
			if gen.IsNotFound(err) {
				return nil, fault.Missing("parentID", "no region has ID %d", pid)
			} else if err != nil {
				return nil, err
			}
			if err := ident.ValidateDivision(code, lv.String(), parent.Code, parent.Level.String()); err != nil {
				return nil, divisionError(err)
			}
			path = parent.Path
		} else {
			if lv != region.LevelPROVINCE {
				return nil, fault.Invalid("parentID", "a %s needs a parent region", strings.ToLower(lv.String()))
			}
			if err := ident.ValidateDivision(code, lv.String(), "", ""); err != nil {
				return nil, divisionError(err)
			}
		}
		m.SetPath(path + code + "/")
		return next.Mutate(ctx, m)
	})
}

func sameParent(m *gen.RegionMutation, old *gen.Region) bool {
	pid, ok := m.ParentID()
	switch {
	case !ok:
		return old.ParentID == nil
	case old.ParentID == nil:
		return false
	}
	return pid == *old.ParentID
}

func divisionError(err error) error {
	field := "code"
	if strings.Contains(err.Error(), "cannot sit directly under") {
		field = "level"
	}
	return fault.Invalid(field, "%s", err.Error())
}

// organizationRules: only party organizations have a setting and a party
// parent; the party hierarchy has no cycles; nothing hosts itself.
func organizationRules(next ent.Mutator) ent.Mutator {
	return hook.OrganizationFunc(func(ctx context.Context, m *gen.OrganizationMutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		id, _ := m.ID()
		kind, kindSet := m.Kind()
		_, settingSet := m.Setting()
		pid, parentSet := m.ParentID()
		hid, hostSet := m.HostID()
		if m.Op().Is(ent.OpUpdateOne) && (kindSet || settingSet || parentSet) {
			old, err := m.Client().Organization.Get(ctx, id)
			if err != nil {
				return nil, err
			}
			if !kindSet {
				kind = old.Kind
			}
			if !settingSet && !m.SettingCleared() && old.Setting != nil {
				settingSet = true
			}
			if !parentSet && !m.ParentCleared() && old.ParentID != nil {
				pid, parentSet = *old.ParentID, true
			}
		}
		party := isParty(kind)
		if settingSet && !m.SettingCleared() && !party {
			return nil, fault.Invalid("setting", "only party organizations have a setting, not a %s", strings.ToLower(kind.String()))
		}
		if hostSet && hid == id {
			return nil, fault.Invalid("hostID", "an organization cannot host itself")
		}
		if parentSet {
			if !party {
				return nil, fault.Invalid("parentID", "only party organizations sit in the party hierarchy")
			}
			if err := checkPartyParent(ctx, m.Client(), id, pid); err != nil {
				return nil, err
			}
		}
		return next.Mutate(ctx, m)
	})
}

func isParty(k organization.Kind) bool {
	return k == organization.KindPARTY_BRANCH || k == organization.KindPARTY_GENERAL_BRANCH || k == organization.KindPARTY_COMMITTEE
}

// checkPartyParent walks up from the new parent: it must be a party
// organization and the walk must not reach the organization itself.
func checkPartyParent(ctx context.Context, c *gen.Client, self, parent int) error {
	cur := parent
	for depth := 0; depth < 64; depth++ {
		if self != 0 && cur == self {
			return fault.Invalid("parentID", "organization %d cannot be its own ancestor", self)
		}
		o, err := c.Organization.Query().Where(organization.ID(cur)).
			Select(organization.FieldKind, organization.FieldParentID).Only(ctx)
		if gen.IsNotFound(err) {
			return fault.Missing("parentID", "no organization has ID %d", cur)
		} else if err != nil {
			return err
		}
		if depth == 0 && !isParty(o.Kind) {
			return fault.Invalid("parentID", "the parent must be a party organization, not a %s", strings.ToLower(o.Kind.String()))
		}
		if o.ParentID == nil {
			return nil
		}
		cur = *o.ParentID
	}
	return fault.Invalid("parentID", "the party hierarchy above organization %d is deeper than 64 levels", parent)
}

// linkEnds rejects a link that joins an organization to itself.
func linkEnds(next ent.Mutator) ent.Mutator {
	return hook.LinkFunc(func(ctx context.Context, m *gen.LinkMutation) (ent.Value, error) {
		if !m.Op().Is(ent.OpCreate | ent.OpUpdateOne) {
			return next.Mutate(ctx, m)
		}
		src, srcSet := m.SourceID()
		dst, dstSet := m.TargetID()
		if !srcSet && !dstSet {
			return next.Mutate(ctx, m)
		}
		if m.Op().Is(ent.OpUpdateOne) && (!srcSet || !dstSet) {
			id, _ := m.ID()
			old, err := m.Client().Link.Get(ctx, id)
			if err != nil {
				return nil, err
			}
			if !srcSet {
				src = old.SourceID
			}
			if !dstSet {
				dst = old.TargetID
			}
		}
		if src == dst {
			return nil, fault.Invalid("targetID", "a link cannot join an organization to itself")
		}
		return next.Mutate(ctx, m)
	})
}

// projectInVillage keeps projects in villages: a project's region must be
// of the VILLAGE level.
func projectInVillage(next ent.Mutator) ent.Mutator {
	return hook.ProjectFunc(func(ctx context.Context, m *gen.ProjectMutation) (ent.Value, error) {
		if id, ok := m.RegionID(); ok {
			lv, err := m.Client().Region.Query().Where(region.ID(id)).Select(region.FieldLevel).String(ctx)
			if gen.IsNotFound(err) {
				return nil, fault.Missing("regionID", "no region has ID %d", id)
			}
			if err != nil {
				return nil, err
			}
			if lv != region.LevelVILLAGE.String() {
				return nil, fault.Invalid("regionID", "a project lies in a village, not in a %s", strings.ToLower(lv))
			}
		}
		return next.Mutate(ctx, m)
	})
}
