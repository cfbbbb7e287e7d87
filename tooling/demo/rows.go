package demo

import (
	"fmt"
	"strings"
	"time"
)

// Rows refer to each other by index: the position of the row in its table's
// generation order, 0-based, -1 for none. The loader turns index i of a table
// into the id base+1+i, where base is the table's id range read from the
// database, so the same scale and seed give the same ids everywhere.

// Day is a calendar date as days since 1800-01-01; 0 is no date.
type Day int32

var epoch1800 = time.Date(1800, 1, 1, 0, 0, 0, 0, time.UTC).Unix() / 86400

// Date returns the Day of y-m-d.
func Date(y int, m time.Month, d int) Day {
	return Day(time.Date(y, m, d, 0, 0, 0, 0, time.UTC).Unix()/86400 - epoch1800)
}

// Time is the date at midnight UTC.
func (d Day) Time() time.Time { return time.Unix((int64(d)+epoch1800)*86400, 0).UTC() }

// Valid reports whether d is a date.
func (d Day) Valid() bool { return d != 0 }

// Year is the calendar year.
func (d Day) Year() int { return d.Time().Year() }

func (d Day) String() string {
	if d == 0 {
		return ""
	}
	return d.Time().Format("2006-01-02")
}

// Today is the fixed reference date of the demo data: current posts are those
// open on this day, ages and histories are computed from it.
var Today = Date(2026, 6, 30)

// Stamp is the created_at and updated_at of every generated row.
var Stamp = time.Date(2026, 6, 30, 0, 0, 0, 0, time.UTC)

// Region is a row of regions.
type Region struct {
	Parent                      int32
	Code, Name, NameLatin       string
	Level, Path                 string
	Border, Backward, Difficult bool
	Households, Population      int32   // -1: none
	CollectiveIncome            float64 // -1: none
	LeadingIndustry             string
	Lat, Lon                    float64
}

// Organization is a row of organizations.
type Organization struct {
	Name, NameLatin, Kind, Setting string // Setting "": none
	Region, Parent, Host           int32
	Industry, CreditCode           string
	FoundedOn, DissolvedOn         Day
	Status                         string
	TwinningCapacity               int32 // -1: none
}

// Person is a row of people.
type Person struct {
	Name, NameLatin, Gender string
	BirthDate               Day
	Ethnicity, Education    string
	PoliticalStatus         string
	JoinedPartyOn           Day
	Backgrounds             uint16 // bit i: domain.Backgrounds[i]
	Skills                  uint32 // bit i: skills[i]
	HomeRegion              int32
	Migrant                 bool
	CurrentLocation         string
	EndowmentInsuredSince   Day
	Phone, IDNumber         string
}

// Position is a row of positions.
type Position struct {
	Person, Organization int32
	Role                 string
	StartedOn, EndedOn   Day
	SelectionMethod      string
	BasicRemuneration    float64 // -1: none
}

// Link is a row of links.
type Link struct {
	Kind                          string
	Source, Target                int32
	Status                        string
	StartedOn, EndedOn            Day
	Goals, Notes, SourceReference string
}

// Transition is a row of twinning_transitions: a change of a twinning's
// state, made by no signed-in user.
type Transition struct {
	Link     int32
	From, To string // From "": the twinning's creation
	On       Day
	Reason   string
}

// LinkActivity is a row of link_activities.
type LinkActivity struct {
	Link         int32
	On           Day
	Kind         string
	Amount       float64 // -1: none
	Participants int32   // -1: none
	Description  string
}

// Project is a row of projects.
type Project struct {
	Name, NameLatin                    string
	Region, Organization, Leader       int32
	Kind, Industry, Status             string
	StartedOn                          Day
	Investment                         float64
	Households                         int32
	ResponsibilityLetterOn, AcceptedOn Day
}

// ProjectIncome is a row of project_incomes.
type ProjectIncome struct {
	Project int32
	Year    int32
	Income  float64
}

// Venue is a row of venues.
type Venue struct {
	Region    int32
	Name      string
	BuiltOn   Day
	Area      float64 // square metres; -1: none
	Condition string
	Functions uint16 // bit i: venueFunctions[i]
}

// Course is a row of training_courses.
type Course struct {
	Title            string
	Region           int32 // the region whose party committee runs it
	OrganizerLevel   string
	Kind             string
	StartsOn, EndsOn Day
	Days             int32
	Capacity         int32 // -1: none
}

// Attendance is a row of training_attendances.
type Attendance struct {
	Course, Person int32
	Days           int32
	Completed      bool
}

// Appraisal is a row of appraisals: of an organization or of a person (the
// other is -1).
type Appraisal struct {
	Year                 int32
	Organization, Person int32
	Kind, Rating, Note   string
}

// Commendation is a row of commendations: to an organization or to a person
// (the other is -1).
type Commendation struct {
	Year                 int32
	Organization, Person int32
	Title, AwardedBy     string
	Bonus                float64 // -1: none
}

// RuralIncome is a row of rural_incomes.
type RuralIncome struct {
	Year          int32
	IncomePerHead float64
	Source        string
}

// Table names, in the order rows are inserted (every foreign key points to
// an earlier table or, for regions and organizations, to an earlier row).
const (
	TRegions = iota
	TOrganizations
	TPeople
	TPositions
	TLinks
	TLinkActivities
	TProjects
	TProjectIncomes
	TVenues
	TCourses
	TAttendances
	TAppraisals
	TCommendations
	TRuralIncomes
	TTransitions
	numTables
)

// TableNames are the SQL tables, in insertion order.
var TableNames = [numTables]string{"regions", "organizations", "people", "positions", "links", "link_activities", "projects", "project_incomes",
	"venues", "training_courses", "training_attendances", "appraisals", "commendations", "rural_incomes", "twinning_transitions"}

// Counts are row counts per table, indexed by the T* constants.
type Counts [numTables]int

// Total is the number of rows in all tables.
func (c Counts) Total() int {
	n := 0
	for _, v := range c {
		n += v
	}
	return n
}

// Get returns the count of the named table.
func (c Counts) Get(table string) int {
	for i, t := range TableNames {
		if t == table {
			return c[i]
		}
	}
	return 0
}

func (c Counts) String() string {
	var b strings.Builder
	for i, t := range TableNames {
		if i > 0 {
			b.WriteString(", ")
		}
		fmt.Fprintf(&b, "%s %d", t, c[i])
	}
	return b.String()
}

// Chunk is the rows of one step of generation (the province and its cities,
// or one county), ready to insert in table order. First holds the index of
// each table's first row in the chunk.
type Chunk struct {
	Label      string
	First      Counts
	Regions    []Region
	Orgs       []Organization
	People     []Person
	Positions  []Position
	Links      []Link
	Activities []LinkActivity
	Projects   []Project
	Incomes    []ProjectIncome

	Venues        []Venue
	Courses       []Course
	Attendances   []Attendance
	Appraisals    []Appraisal
	Commendations []Commendation
	RuralIncomes  []RuralIncome
	Transitions   []Transition
}

// Counts returns the number of rows per table in the chunk.
func (c *Chunk) Counts() Counts {
	return Counts{len(c.Regions), len(c.Orgs), len(c.People), len(c.Positions), len(c.Links), len(c.Activities), len(c.Projects), len(c.Incomes),
		len(c.Venues), len(c.Courses), len(c.Attendances), len(c.Appraisals), len(c.Commendations), len(c.RuralIncomes), len(c.Transitions)}
}
