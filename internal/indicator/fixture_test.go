package indicator_test

import (
	"context"
	"testing"
	"time"

	"grassroots/ent"
	"grassroots/ent/appraisal"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/project"
	"grassroots/ent/region"
	"grassroots/ent/trainingcourse"
	"grassroots/ent/venue"
	"grassroots/internal/domain"
	"grassroots/internal/twinning/rule"
)

// The hand-made world of the known-answer tests: one city of two counties.
//
//	P  220000000000 province
//	C  222400000000 city
//	K1 222401000000 county
//	  T1 222401001000 township, border
//	    V1 222401001001 village, border, backward
//	    V2 222401001002 village, border
//	  T2 222401002000 township
//	    V3 222401002001 village, backward
//	    V4 222401002002 village
//	    U1 222401002100 urban community
//	K2 222402000000 county (no border township or village)
//	  T3 222402001000 township
//	    V5 222402001001 village, backward
//	    V6 222402001002 village without a party organization
//
// Organizations are founded on 2003-01-01 and posts start on 2005-01-01
// unless said otherwise, so that nothing with a date exists in 2000. The
// answers the tests expect are worked out from these tables by hand in
// known_test.go.

// day parses a date; "" is no date.
func day(s string) *time.Time {
	if s == "" {
		return nil
	}
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return &t
}

type regionRow struct {
	key, code, name, parent string
	level                   region.Level
	border, backward        bool
}

var worldRegions = []regionRow{
	{"P", "220000000000", "吉林省", "", region.LevelPROVINCE, false, false},
	{"C", "222400000000", "延边州", "P", region.LevelCITY, false, false},
	{"K1", "222401000000", "甲县", "C", region.LevelCOUNTY, true, false},
	{"K2", "222402000000", "乙县", "C", region.LevelCOUNTY, false, false},
	{"T1", "222401001000", "一镇", "K1", region.LevelTOWNSHIP, true, false},
	{"T2", "222401002000", "二镇", "K1", region.LevelTOWNSHIP, false, false},
	{"T3", "222402001000", "三镇", "K2", region.LevelTOWNSHIP, false, false},
	{"V1", "222401001001", "一村", "T1", region.LevelVILLAGE, true, true},
	{"V2", "222401001002", "二村", "T1", region.LevelVILLAGE, true, false},
	{"V3", "222401002001", "三村", "T2", region.LevelVILLAGE, false, true},
	{"V4", "222401002002", "四村", "T2", region.LevelVILLAGE, false, false},
	{"U1", "222401002100", "一社区", "T2", region.LevelCOMMUNITY, false, false},
	{"V5", "222402001001", "五村", "T3", region.LevelVILLAGE, false, true},
	{"V6", "222402001002", "六村", "T3", region.LevelVILLAGE, false, false},
}

type orgRow struct {
	key, region string
	kind        organization.Kind
	setting     organization.Setting // "" for none
	host        string
	founded     string // "" for 2003-01-01
	dissolved   string
	// statusDissolved marks it DISSOLVED (with or without a date).
	statusDissolved bool
}

var worldOrgs = []orgRow{
	{key: "T1PC", region: "T1", kind: organization.KindPARTY_COMMITTEE},
	// village party organizations
	{key: "P1", region: "V1", kind: organization.KindPARTY_BRANCH, setting: organization.SettingVILLAGE},
	{key: "P2", region: "V2", kind: organization.KindPARTY_GENERAL_BRANCH, setting: organization.SettingVILLAGE},
	{key: "P3", region: "V3", kind: organization.KindPARTY_BRANCH, setting: organization.SettingVILLAGE},
	{key: "P4x", region: "V4", kind: organization.KindPARTY_BRANCH, setting: organization.SettingVILLAGE,
		dissolved: "2010-06-30", statusDissolved: true},
	{key: "P4", region: "V4", kind: organization.KindPARTY_COMMITTEE, setting: organization.SettingVILLAGE, founded: "2010-07-01"},
	{key: "P5", region: "V5", kind: organization.KindPARTY_BRANCH, setting: organization.SettingVILLAGE},
	// villagers' committees
	{key: "VC1", region: "V1", kind: organization.KindVILLAGERS_COMMITTEE},
	{key: "VC2", region: "V2", kind: organization.KindVILLAGERS_COMMITTEE},
	{key: "VC3", region: "V3", kind: organization.KindVILLAGERS_COMMITTEE},
	{key: "VC4", region: "V4", kind: organization.KindVILLAGERS_COMMITTEE},
	{key: "VC5", region: "V5", kind: organization.KindVILLAGERS_COMMITTEE},
	{key: "VC6", region: "V6", kind: organization.KindVILLAGERS_COMMITTEE},
	// V3's former committee, dissolved at the end of 2009
	{key: "VC3old", region: "V3", kind: organization.KindVILLAGERS_COMMITTEE, dissolved: "2009-12-31", statusDissolved: true},
	// mass organizations
	{key: "YL1", region: "V1", kind: organization.KindYOUTH_LEAGUE},
	{key: "WC1", region: "V1", kind: organization.KindWOMENS_CONGRESS},
	{key: "MI1", region: "V1", kind: organization.KindMILITIA},
	{key: "YL2", region: "V2", kind: organization.KindYOUTH_LEAGUE},
	{key: "WC2", region: "V2", kind: organization.KindWOMENS_CONGRESS},
	// cooperatives and the party branches set up in them
	{key: "Co1", region: "V1", kind: organization.KindCOOPERATIVE},
	{key: "PBCo1", region: "V1", kind: organization.KindPARTY_BRANCH, setting: organization.SettingCOOPERATIVE, host: "Co1"},
	{key: "Co2", region: "V3", kind: organization.KindCOOPERATIVE},
	{key: "PBCo2", region: "V3", kind: organization.KindPARTY_BRANCH, setting: organization.SettingCOOPERATIVE, host: "Co2",
		dissolved: "2011-03-01", statusDissolved: true},
	{key: "Co3", region: "V4", kind: organization.KindCOOPERATIVE, dissolved: "2011-05-01", statusDissolved: true},
	{key: "PBCo3", region: "V4", kind: organization.KindPARTY_BRANCH, setting: organization.SettingCOOPERATIVE, host: "Co3"},
	{key: "Co4", region: "V6", kind: organization.KindCOOPERATIVE},
	{key: "PBCo4", region: "V6", kind: organization.KindPARTY_BRANCH, setting: organization.SettingCOOPERATIVE, host: "Co4"},
	{key: "Co5", region: "K2", kind: organization.KindCOOPERATIVE},
	{key: "Co6", region: "V5", kind: organization.KindCOOPERATIVE, statusDissolved: true},
	{key: "Co7", region: "V2", kind: organization.KindCOOPERATIVE, founded: "2012-03-01"},
	// urban units
	{key: "GO1", region: "K1", kind: organization.KindGOVERNMENT_ORGAN},
	{key: "GO2", region: "C", kind: organization.KindGOVERNMENT_ORGAN},
	{key: "UC1", region: "U1", kind: organization.KindURBAN_COMMUNITY},
}

type personRow struct {
	key, home             string
	status                person.PoliticalStatus // "" for MASSES
	joined, born, insured string
	education             person.Education // "" for none
	backgrounds           []domain.Background
	skills                []string
	skillsSet             bool
}

var (
	borderOfficer   = []domain.Background{domain.BorderOfficer}
	collegeGraduate = []domain.Background{domain.CollegeGraduate}
)

// People in creation order: IDs grow in this order (B1 before Y2, D0 before
// D1, A2 before A3, B2 before B3), which the shortfall lists rely on.
var worldPeople = []personRow{
	// V1
	{key: "A1", home: "V1", status: person.PoliticalStatusMEMBER, joined: "2001-07-01", born: "1970-05-01", insured: "2009-01-01",
		education: person.EducationSENIOR_HIGH, skills: []string{"大棚蔬菜"}, skillsSet: true},
	{key: "A2", home: "V1", status: person.PoliticalStatusMEMBER, joined: "2004-05-01", born: "1980-01-01"},
	{key: "A3", home: "V1"},
	{key: "G3", backgrounds: borderOfficer},
	{key: "R1", home: "V1"},
	{key: "R2", home: "V1"},
	{key: "H1", backgrounds: collegeGraduate},
	{key: "X1", home: "V1", status: person.PoliticalStatusACTIVIST},
	{key: "X2", home: "V1", status: person.PoliticalStatusACTIVIST},
	{key: "X3", home: "V1", status: person.PoliticalStatusDEVELOPMENT_TARGET},
	{key: "Y1", home: "V1", status: person.PoliticalStatusPROBATIONARY, joined: "2011-05-01", born: "1985-03-01",
		education: person.EducationBACHELOR},
	// V2
	{key: "B1", home: "V2", status: person.PoliticalStatusMEMBER, skills: []string{}, skillsSet: true},
	{key: "B2", home: "V2", insured: "2010-01-01"},
	{key: "B3", home: "V2"},
	{key: "B4", home: "V2"},
	{key: "G4", backgrounds: borderOfficer},
	{key: "R3", home: "V2"},
	{key: "X4", home: "V2", status: person.PoliticalStatusACTIVIST},
	{key: "X5", home: "V2", status: person.PoliticalStatusDEVELOPMENT_TARGET},
	{key: "X6", home: "V2", status: person.PoliticalStatusAPPLICANT},
	{key: "Y2", home: "V2", status: person.PoliticalStatusMEMBER, joined: "2011-07-01", born: "1976-12-31",
		education: person.EducationSENIOR_HIGH},
	// V3
	{key: "Cs", home: "V3", insured: "2011-12-31"},
	{key: "Cd", home: "V3"},
	{key: "R4", home: "V3"},
	{key: "R5", home: "V3"},
	{key: "H2", backgrounds: []domain.Background{domain.Returnee}},
	{key: "Y3", home: "V3", status: person.PoliticalStatusPROBATIONARY, joined: "2011-02-01", born: "1977-01-01",
		education: person.EducationJUNIOR_HIGH},
	{key: "Y4", home: "V3", status: person.PoliticalStatusMEMBER, joined: "2010-12-31", born: "1990-06-01",
		education: person.EducationPOSTGRADUATE},
	{key: "Cx", home: "V3"},
	// V4
	{key: "D0", home: "V4", insured: "2008-01-01"},
	{key: "D1", home: "V4", insured: "2012-01-01", skills: []string{"人参", "水稻"}, skillsSet: true},
	{key: "R7", home: "V4"},
	{key: "Y5", home: "V4", status: person.PoliticalStatusMEMBER, joined: "2011-12-31", born: "1977-01-01",
		education: person.EducationSENIOR_HIGH},
	// V5
	{key: "E1", home: "V5", status: person.PoliticalStatusMEMBER, joined: "2003-01-01", born: "1960-01-01", insured: "2010-06-01",
		skills: []string{"肉牛养殖"}, skillsSet: true},
	{key: "E2", home: "V5"},
	{key: "H3", backgrounds: []domain.Background{domain.CollegeGraduate, domain.Returnee}},
	{key: "X7", home: "V5", status: person.PoliticalStatusACTIVIST},
	{key: "X8", home: "V5", status: person.PoliticalStatusACTIVIST},
	{key: "X9", home: "V5", status: person.PoliticalStatusDEVELOPMENT_TARGET},
	{key: "X10", home: "V5", status: person.PoliticalStatusDEVELOPMENT_TARGET},
	{key: "Y6", home: "V5", status: person.PoliticalStatusMEMBER, joined: "2012-03-01", born: "1990-01-01",
		education: person.EducationJUNIOR_COLLEGE},
	// V6
	{key: "F1", home: "V6"},
	{key: "R8", home: "V6"},
	{key: "R9", home: "V6"},
	{key: "H4", backgrounds: collegeGraduate},
	{key: "Y7", home: "V6", status: person.PoliticalStatusMEMBER, joined: "2012-09-01", born: "1990-02-01",
		education: person.EducationBACHELOR},
	// the township's border officers
	{key: "G1", backgrounds: borderOfficer},
	{key: "G2", backgrounds: []domain.Background{domain.BorderOfficer, domain.Veteran}},
	// party members who are not rural: of the urban community, of a township
	{key: "Z1", home: "U1", status: person.PoliticalStatusMEMBER, joined: "2008-01-01", born: "1990-01-01"},
	{key: "Z2", home: "T3", status: person.PoliticalStatusMEMBER, joined: "2008-01-01", born: "1990-01-01"},
}

type postRow struct {
	person, org string
	role        position.Role
	start, end  string // start "" is 2005-01-01
	pay         float64
	hasPay      bool
}

func paid(p postRow, pay float64) postRow { p.pay, p.hasPay = pay, true; return p }

var worldPosts = []postRow{
	// V1: A1 is secretary and director (and the militia's head)
	paid(postRow{person: "A1", org: "P1", role: position.RoleSECRETARY}, 8000),
	{person: "A1", org: "VC1", role: position.RoleDIRECTOR},
	{person: "A1", org: "MI1", role: position.RoleHEAD},
	{person: "A2", org: "P1", role: position.RoleDEPUTY_SECRETARY},
	{person: "A2", org: "YL1", role: position.RoleHEAD},
	{person: "A3", org: "P1", role: position.RoleCOMMITTEE_MEMBER},
	{person: "A3", org: "WC1", role: position.RoleHEAD},
	{person: "G3", org: "P1", role: position.RoleFIRST_SECRETARY, start: "2009-01-01"},
	{person: "R1", org: "P1", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	{person: "R1", org: "VC1", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	{person: "R2", org: "P1", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	{person: "H1", org: "P1", role: position.RoleASSISTANT, start: "2010-08-01"},
	// V2: B1 directed the committee until mid-2011, then B2
	paid(postRow{person: "B1", org: "P2", role: position.RoleSECRETARY}, 6000),
	{person: "B1", org: "VC2", role: position.RoleDIRECTOR, end: "2011-06-30"},
	{person: "B2", org: "VC2", role: position.RoleDIRECTOR, start: "2011-07-01"},
	{person: "B3", org: "P2", role: position.RoleCOMMITTEE_MEMBER},
	{person: "B3", org: "YL2", role: position.RoleHEAD},
	{person: "B4", org: "P2", role: position.RoleMEMBER},
	{person: "B4", org: "WC2", role: position.RoleHEAD},
	{person: "G4", org: "P2", role: position.RoleMEMBER, start: "2009-01-01"},
	{person: "R3", org: "P2", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	{person: "R3", org: "VC2", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	// V3: Cs and Cx still hold posts in the dissolved former committee
	paid(postRow{person: "Cs", org: "P3", role: position.RoleSECRETARY}, 5000),
	{person: "Cd", org: "VC3", role: position.RoleDIRECTOR},
	{person: "Cs", org: "VC3old", role: position.RoleDIRECTOR},
	{person: "Cx", org: "VC3old", role: position.RoleDIRECTOR},
	{person: "R4", org: "P3", role: position.RoleRESERVE_CADRE, start: "2010-01-01"},
	{person: "R5", org: "P3", role: position.RoleRESERVE_CADRE, start: "2009-01-01", end: "2011-03-31"},
	{person: "H2", org: "P3", role: position.RoleASSISTANT, start: "2010-01-01"},
	// V4: D0 is still the secretary of the dissolved branch, and the director
	paid(postRow{person: "D0", org: "P4x", role: position.RoleSECRETARY}, 9000),
	{person: "D0", org: "VC4", role: position.RoleDIRECTOR},
	{person: "D1", org: "P4", role: position.RoleSECRETARY, start: "2010-07-01"},
	{person: "R7", org: "VC4", role: position.RoleRESERVE_CADRE},
	// V5: E2 directed the committee until 2011-12-31, E1 directs it from 2012
	paid(postRow{person: "E1", org: "P5", role: position.RoleSECRETARY}, 7500),
	{person: "E1", org: "VC5", role: position.RoleDIRECTOR, start: "2012-01-01"},
	{person: "E2", org: "VC5", role: position.RoleDIRECTOR, end: "2011-12-31"},
	{person: "H3", org: "VC5", role: position.RoleASSISTANT, start: "2009-08-01", end: "2012-07-31"},
	// V6
	{person: "F1", org: "VC6", role: position.RoleDIRECTOR},
	{person: "R8", org: "VC6", role: position.RoleRESERVE_CADRE, start: "2008-01-01"},
	{person: "R9", org: "VC6", role: position.RoleRESERVE_CADRE, start: "2008-01-01"},
	{person: "H4", org: "VC6", role: position.RoleASSISTANT, start: "2010-01-01"},
	// T1's party committee
	{person: "G1", org: "T1PC", role: position.RolePART_TIME_MEMBER, start: "2009-01-01", end: "2011-09-30"},
	{person: "G2", org: "T1PC", role: position.RolePART_TIME_MEMBER, start: "2012-01-01"},
}

type projectRow struct {
	key, region, leader string
	incomes             map[int]float64
}

var worldProjects = []projectRow{
	{"J1", "V1", "A1", map[int]float64{2010: 50000, 2011: 60000, 2012: 90000}},
	{"J2", "V2", "B1", map[int]float64{2011: 50000}},
	{"J7", "V2", "B1", map[int]float64{2011: 20000}},
	{"J3", "V3", "Cs", map[int]float64{2011: 30000}},
	{"J4", "V3", "Cs", map[int]float64{2011: 80000}},
	{"J5", "V5", "E1", map[int]float64{2010: 70000}},
	{"J6", "V4", "D0", map[int]float64{2011: 100000}},
}

type venueRow struct {
	region, built string
	condition     venue.Condition
}

var worldVenues = []venueRow{
	{"V1", "2008-05-01", venue.ConditionGOOD},
	{"V2", "2006-01-01", venue.ConditionUNUSABLE},
	{"V3", "", venue.ConditionFAIR},
	{"V4", "2012-03-01", venue.ConditionGOOD},
	{"V5", "2009-01-01", venue.ConditionPOOR},
	{"U1", "2005-01-01", venue.ConditionGOOD},
}

type courseRow struct {
	key, region string
	level       trainingcourse.OrganizerLevel
	kind        trainingcourse.Kind
	starts, end string
	days        int
}

var worldCourses = []courseRow{
	{"RC2010", "K1", trainingcourse.OrganizerLevelCOUNTY, trainingcourse.KindROTATION, "2010-11-01", "2010-11-05", 5},
	{"RC2011", "K1", trainingcourse.OrganizerLevelCOUNTY, trainingcourse.KindROTATION, "2011-03-01", "2011-03-05", 5},
	{"PT2011", "C", trainingcourse.OrganizerLevelCITY, trainingcourse.KindPRACTICAL_TECHNICAL, "2011-06-01", "2011-06-10", 10},
	{"RCdec", "K2", trainingcourse.OrganizerLevelCOUNTY, trainingcourse.KindROTATION, "2011-12-28", "2012-01-05", 7},
	{"RC2012", "K2", trainingcourse.OrganizerLevelCOUNTY, trainingcourse.KindROTATION, "2012-03-01", "2012-03-08", 8},
	// after the fixed today (2012-06-30), still in 2012
	{"RC2012b", "K1", trainingcourse.OrganizerLevelCOUNTY, trainingcourse.KindROTATION, "2012-09-10", "2012-09-16", 7},
}

type attendanceRow struct {
	person, course string
	days           int
	completed      bool
}

var worldAttendances = []attendanceRow{
	{"A1", "RC2011", 5, true},
	{"A1", "PT2011", 10, true},
	{"A2", "RC2011", 3, false},
	{"A3", "RC2010", 5, true},
	{"B1", "RC2011", 5, true},
	{"B2", "PT2011", 7, true},
	{"Cs", "RCdec", 7, true},
	{"D1", "RC2011", 2, true},
	{"E1", "RC2012", 8, true},
	{"F1", "RC2012b", 7, true},
}

type appraisalRow struct {
	org  string
	year int
	kind appraisal.Kind
}

var worldAppraisals = []appraisalRow{
	{"P1", 2011, appraisal.KindDEMOCRATIC_APPRAISAL},
	{"P2", 2011, appraisal.KindMEMBER_APPRAISAL},
	{"P3", 2010, appraisal.KindDEMOCRATIC_APPRAISAL},
	{"P4", 2011, appraisal.KindDEMOCRATIC_APPRAISAL},
	{"P4x", 2010, appraisal.KindDEMOCRATIC_APPRAISAL},
}

type linkRow struct {
	source, target string
	kind           link.Kind
	status         link.Status
	start, end     string
}

var worldLinks = []linkRow{
	{"GO1", "P1", link.KindURBAN_RURAL_TWINNING, link.StatusACTIVE, "2010-03-01", ""},
	{"GO2", "VC3", link.KindURBAN_RURAL_TWINNING, link.StatusENDED, "2009-01-01", "2011-08-01"},
	{"GO1", "P3", link.KindURBAN_RURAL_TWINNING, link.StatusPROPOSED, "2011-01-01", ""},
	{"GO2", "P5", link.KindURBAN_RURAL_TWINNING, link.StatusACTIVE, "2011-01-01", "2013-12-31"},
	{"UC1", "P3", link.KindVILLAGE_COMMUNITY, link.StatusACTIVE, "2009-01-01", ""},
	{"GO1", "VC3", link.KindURBAN_RURAL_TWINNING, link.StatusACTIVE, "2011-01-01", "2011-10-01"},
	{"GO2", "P3", link.KindURBAN_RURAL_TWINNING, link.StatusSUSPENDED, "2010-01-01", ""},
}

// ruralIncomes: 2009 is not recorded.
var worldRuralIncomes = map[int]float64{2010: 6000, 2011: 7000}

// world is the hand-made data set in a database: IDs by key.
type world struct {
	ids map[string]int
}

func (w *world) id(t testing.TB, key string) int {
	t.Helper()
	id, ok := w.ids[key]
	if !ok {
		t.Fatalf("the world has no %q", key)
	}
	return id
}

// buildWorld writes the hand-made data set through c, as the system (a
// context without a viewer).
func buildWorld(t testing.TB, c *ent.Client) *world {
	t.Helper()
	ctx := context.Background()
	w := &world{ids: map[string]int{}}
	must := func(id int, err error, what string) int {
		t.Helper()
		if err != nil {
			t.Fatalf("create %s: %v", what, err)
		}
		return id
	}
	put := func(key string, id int) {
		if _, dup := w.ids[key]; dup {
			t.Fatalf("key %s used twice", key)
		}
		w.ids[key] = id
	}
	for _, r := range worldRegions {
		cr := c.Region.Create().SetCode(r.code).SetName(r.name).SetLevel(r.level).SetBorder(r.border).SetBackward(r.backward)
		if r.parent != "" {
			cr.SetParentID(w.id(t, r.parent))
		}
		x, err := cr.Save(ctx)
		if err != nil {
			t.Fatalf("create region %s: %v", r.key, err)
		}
		put(r.key, x.ID)
	}
	for _, o := range worldOrgs {
		cr := c.Organization.Create().SetName("组织" + o.key).SetKind(o.kind).SetRegionID(w.id(t, o.region))
		if o.setting != "" {
			cr.SetSetting(o.setting)
		}
		if o.host != "" {
			cr.SetHostID(w.id(t, o.host))
		}
		founded := o.founded
		if founded == "" {
			founded = "2003-01-01"
		}
		cr.SetFoundedOn(*day(founded))
		cr.SetNillableDissolvedOn(day(o.dissolved))
		if o.statusDissolved {
			cr.SetStatus(organization.StatusDISSOLVED)
		}
		x, err := cr.Save(ctx)
		if err != nil {
			t.Fatalf("create organization %s: %v", o.key, err)
		}
		put(o.key, x.ID)
	}
	for _, p := range worldPeople {
		cr := c.Person.Create().SetName("人" + p.key).
			SetNillableJoinedPartyOn(day(p.joined)).SetNillableBirthDate(day(p.born)).
			SetNillableEndowmentInsuredSince(day(p.insured))
		if p.home != "" {
			cr.SetHomeRegionID(w.id(t, p.home))
		}
		if p.status != "" {
			cr.SetPoliticalStatus(p.status)
		}
		if p.education != "" {
			cr.SetEducation(p.education)
		}
		if p.backgrounds != nil {
			cr.SetBackgrounds(p.backgrounds)
		}
		if p.skillsSet {
			cr.SetSkills(p.skills)
		}
		x, err := cr.Save(ctx)
		if err != nil {
			t.Fatalf("create person %s: %v", p.key, err)
		}
		put(p.key, x.ID)
	}
	for _, p := range worldPosts {
		start := p.start
		if start == "" {
			start = "2005-01-01"
		}
		cr := c.Position.Create().SetPersonID(w.id(t, p.person)).SetOrganizationID(w.id(t, p.org)).SetRole(p.role).
			SetStartedOn(*day(start)).SetNillableEndedOn(day(p.end))
		if p.hasPay {
			cr.SetBasicRemuneration(p.pay)
		}
		if _, err := cr.Save(ctx); err != nil {
			t.Fatalf("create post %s %s in %s: %v", p.person, p.role, p.org, err)
		}
	}
	for _, j := range worldProjects {
		x, err := c.Project.Create().SetName("项目" + j.key).SetRegionID(w.id(t, j.region)).SetLeaderID(w.id(t, j.leader)).
			SetKind(project.KindPLANTING).SetStatus(project.StatusUNDERWAY).Save(ctx)
		if err != nil {
			t.Fatalf("create project %s: %v", j.key, err)
		}
		put(j.key, x.ID)
		for y, v := range j.incomes {
			must(0, c.ProjectIncome.Create().SetProjectID(x.ID).SetYear(y).SetIncome(v).Exec(ctx), "income of "+j.key)
		}
	}
	for _, v := range worldVenues {
		must(0, c.Venue.Create().SetName("活动场所").SetRegionID(w.id(t, v.region)).SetNillableBuiltOn(day(v.built)).
			SetCondition(v.condition).Exec(ctx), "venue of "+v.region)
	}
	for _, k := range worldCourses {
		x, err := c.TrainingCourse.Create().SetTitle("培训" + k.key).SetRegionID(w.id(t, k.region)).SetOrganizerLevel(k.level).
			SetKind(k.kind).SetStartsOn(*day(k.starts)).SetEndsOn(*day(k.end)).SetDays(k.days).Save(ctx)
		if err != nil {
			t.Fatalf("create course %s: %v", k.key, err)
		}
		put(k.key, x.ID)
	}
	for _, a := range worldAttendances {
		must(0, c.TrainingAttendance.Create().SetCourseID(w.id(t, a.course)).SetPersonID(w.id(t, a.person)).
			SetDays(a.days).SetCompleted(a.completed).Exec(ctx), "attendance of "+a.person)
	}
	for _, a := range worldAppraisals {
		must(0, c.Appraisal.Create().SetOrganizationID(w.id(t, a.org)).SetYear(a.year).SetKind(a.kind).
			SetRating(appraisal.RatingGOOD).Exec(ctx), "appraisal of "+a.org)
	}
	// Twinnings are stored as they stand, whatever the rules of new ones
	// (internal/twinning/rule): the indicator counts what is there.
	stored := rule.Checked(ctx)
	for _, l := range worldLinks {
		must(0, c.Link.Create().SetKind(l.kind).SetSourceID(w.id(t, l.source)).SetTargetID(w.id(t, l.target)).
			SetStatus(l.status).SetNillableStartedOn(day(l.start)).SetNillableEndedOn(day(l.end)).Exec(stored),
			"link "+l.source+"→"+l.target)
	}
	for y, v := range worldRuralIncomes {
		must(0, c.RuralIncome.Create().SetYear(y).SetIncomePerHead(v).Exec(ctx), "rural income")
	}
	return w
}
