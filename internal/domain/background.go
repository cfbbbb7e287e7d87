// Package domain holds value types of the model that are shared between the
// ent schema, the GraphQL layer and the data generator, and the day
// "current" means.
package domain

import (
	"fmt"
	"io"
	"strconv"
)

// Background is where a person comes from, as the seed document lists the pools
// village secretaries are selected from.
type Background string

const (
	VillageCadre      Background = "VILLAGE_CADRE"
	RichExpert        Background = "RICH_EXPERT"
	FarmerBroker      Background = "FARMER_BROKER"
	CooperativeLeader Background = "COOPERATIVE_LEADER"
	Veteran           Background = "VETERAN"
	Returnee          Background = "RETURNEE"
	MigrantWorker     Background = "MIGRANT_WORKER"
	CollegeGraduate   Background = "COLLEGE_GRADUATE"
	EnterpriseManager Background = "ENTERPRISE_MANAGER"
	Retiree           Background = "RETIREE"
	OrganCadre        Background = "ORGAN_CADRE"
	BorderOfficer     Background = "BORDER_OFFICER"
)

// Backgrounds lists every background in declaration order.
var Backgrounds = []Background{
	VillageCadre, RichExpert, FarmerBroker, CooperativeLeader, Veteran, Returnee,
	MigrantWorker, CollegeGraduate, EnterpriseManager, Retiree, OrganCadre, BorderOfficer,
}

// Valid reports whether b is one of Backgrounds.
func (b Background) Valid() bool {
	for _, v := range Backgrounds {
		if v == b {
			return true
		}
	}
	return false
}

// MarshalGQL writes the enum value.
func (b Background) MarshalGQL(w io.Writer) { io.WriteString(w, strconv.Quote(string(b))) }

// UnmarshalGQL accepts one of the enum values.
func (b *Background) UnmarshalGQL(v any) error {
	s, ok := v.(string)
	if !ok {
		return fmt.Errorf("PersonBackground must be a string")
	}
	if !Background(s).Valid() {
		return fmt.Errorf("%q is not a valid PersonBackground", s)
	}
	*b = Background(s)
	return nil
}

// ValidateBackgrounds rejects unknown values and duplicates.
func ValidateBackgrounds(bs []Background) error {
	seen := map[Background]bool{}
	for _, b := range bs {
		if !b.Valid() {
			return fmt.Errorf("%q is not a valid background", b)
		}
		if seen[b] {
			return fmt.Errorf("background %s is listed twice", b)
		}
		seen[b] = true
	}
	return nil
}
