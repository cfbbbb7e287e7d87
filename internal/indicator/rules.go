package indicator

import "strings"

// UnitKind is what an indicator's units are: the records its shortfalls
// link to.
type UnitKind string

// The kinds of units.
const (
	RegionUnit       UnitKind = "REGION"
	OrganizationUnit UnitKind = "ORGANIZATION"
	PersonUnit       UnitKind = "PERSON"
)

// rule is how an indicator is computed: units is a statement yielding one
// row per unit of the region subtree with the columns unit (its ID), path
// (the path of the region it lies in) and have (the measure the rule
// compares); a unit meets the rule when have >= need (have > need when
// strict). Statements take the named parameters of params (:day, :prefix …)
// and read the same on SQLite and PostgreSQL.
type rule struct {
	kind UnitKind
	// units is the statement of the units; for a member of a family, the
	// family's statement gives them, with the measure in column col.
	units  string
	family string
	col    string
	need   float64
	strict bool
	// short says how a unit falls short, from have and need: "1 reserve
	// cadre, needs 2".
	short func(have, need float64) Text
}

// The statements' building blocks. A post is held on :day when it started
// by then and had not ended; an organization is active on :day when it was
// founded by then and not dissolved (one marked DISSOLVED without a date
// never counts).
func held(p string) string {
	return strings.ReplaceAll(`(p.started_on IS NULL OR p.started_on <= :day) AND (p.ended_on IS NULL OR p.ended_on > :day)`, "p.", p+".")
}

func active(o string) string {
	return strings.ReplaceAll(`(o.founded_on IS NULL OR o.founded_on <= :day) AND (o.dissolved_on IS NULL OR o.dissolved_on > :day)`+
		` AND NOT (o.status = 'DISSOLVED' AND o.dissolved_on IS NULL)`, "o.", o+".")
}

const partyKinds = `('PARTY_BRANCH', 'PARTY_GENERAL_BRANCH', 'PARTY_COMMITTEE')`

// leadership are the posts that sit in a party organization's leadership.
const leadership = `('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER', 'FIRST_SECRETARY', 'PART_TIME_MEMBER')`

// villageParty keeps o to the active party organizations set up in villages.
func villageParty(o string) string {
	return o + `.kind IN ` + partyKinds + ` AND ` + o + `.setting = 'VILLAGE' AND ` + active(o)
}

// inSubtree keeps a region column to the regions of the subtree: the
// subtree's regions are found through the path index once.
func inSubtree(col string) string { return col + subtreeSQL }

// subtreeSQL narrows a region column to the subtree; over the whole tree it
// is left out (wholeTree).
const subtreeSQL = ` IN (SELECT sr.id FROM regions sr WHERE sr.path LIKE :prefix)`

// wholeTree is a unit statement over the whole region tree: the subtree
// conditions, which keep everything, are dropped.
func wholeTree(units string) string { return strings.ReplaceAll(units, subtreeSQL, ` IS NOT NULL`) }

// perRegion is a unit statement over the villages of the subtree (or the
// regions of another level, or only border or backward ones, by where),
// whose have is read from counts: a statement yielding (region_id, have)
// per region, computed once for all of them (joined, not run per village).
func perRegion(where, counts string) string {
	return `SELECT v.id AS unit, v.path AS path, COALESCE(x.have, 0) AS have FROM regions v` +
		` LEFT JOIN (` + counts + `) x ON x.region_id = v.id WHERE ` + where + ` AND v.path LIKE :prefix`
}

const (
	isVillage       = `v.level = 'VILLAGE'`
	borderVillages  = isVillage + ` AND v.border`
	borderTownships = `v.level = 'TOWNSHIP' AND v.border`
)

// unitRegion keeps a region column to the regions where keeps (alias v): a
// count over a few regions (border ones) reads only theirs.
func unitRegion(col, where string) string {
	return col + ` IN (SELECT v.id FROM regions v WHERE ` + where + `)`
}

// postsIn counts, per region, the distinct people holding one of roles in
// the active organizations (alias o) cond keeps; people (alias x) are
// joined when cond needs them.
func postsIn(roles, cond string, withPeople bool) string {
	q := `SELECT o.region_id AS region_id, COUNT(DISTINCT p.person_id) AS have FROM positions p JOIN organizations o ON o.id = p.organization_id`
	if withPeople {
		q += ` JOIN people x ON x.id = p.person_id`
	}
	return q + ` WHERE p.role IN ` + roles + ` AND ` + held("p") + ` AND ` + active("o") + ` AND ` + cond +
		` AND ` + inSubtree("o.region_id") + ` GROUP BY o.region_id`
}

// heads are the people holding, on :day, one of the posts in a village's
// party organization (partyRoles) or villagers' committee (committeeRoles),
// each once, placed in the first of their villages, with the largest basic
// remuneration of those posts.
func heads(partyRoles, committeeRoles string) string {
	committee := `1 = 0`
	roles := partyRoles
	if committeeRoles != "" {
		committee = `(p.role IN ` + committeeRoles + ` AND o.kind = 'VILLAGERS_COMMITTEE')`
		roles = partyRoles[:len(partyRoles)-1] + ", " + committeeRoles[1:]
	}
	return `SELECT p.person_id AS unit, MIN(v.path) AS path, MAX(p.basic_remuneration) AS pay FROM positions p` +
		` JOIN organizations o ON o.id = p.organization_id JOIN regions v ON v.id = o.region_id` +
		` WHERE p.role IN ` + roles + ` AND v.level = 'VILLAGE' AND v.path LIKE :prefix AND ` + held("p") + ` AND ` + active("o") +
		` AND ((p.role IN ` + partyRoles + ` AND o.kind IN ` + partyKinds + ` AND o.setting = 'VILLAGE') OR ` + committee + `)` +
		` GROUP BY p.person_id`
}

var (
	secretaries      = heads(`('SECRETARY')`, "")
	secretaryDirects = heads(`('SECRETARY')`, `('DIRECTOR')`)
	cadres           = heads(`('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')`, `('DIRECTOR', 'DEPUTY_DIRECTOR')`)
)

// perHead is a unit statement over heads whose have is read from counts:
// a statement yielding (person_id, have) per person.
func perHead(heads, counts string) string {
	return `SELECT h.unit, h.path, COALESCE(x.have, 0) AS have FROM (` + heads + `) h LEFT JOIN (` + counts + `) x ON x.person_id = h.unit`
}

// backgroundIs matches people (alias x) with a background.
func backgroundIs(b string) string { return `CAST(x.backgrounds AS TEXT) LIKE '%"` + b + `"%'` }

// flag is a rule met or not: have is 0 or 1.
func flag(zh, en string) func(have, need float64) Text {
	return func(float64, float64) Text { return Text{zh, en} }
}

// counted says "have <noun>, needs need".
func counted(zhNoun, enOne, enMany string) func(have, need float64) Text {
	return func(have, need float64) Text {
		en := enMany
		if have == 1 {
			en = enOne
		}
		return Text{sprintf("%s%s，需要%s", num(have), zhNoun, num(need)), sprintf("%s %s, needs %s", num(have), en, num(need))}
	}
}

// trained counts, per person, the training of courses starting in the year
// up to :day: what is the measure (SUM(a.days), COUNT(*)), cond narrows.
func trained(what, cond string) string {
	return `SELECT a.person_id AS person_id, ` + what + ` AS have FROM training_attendances a JOIN training_courses c ON c.id = a.course_id` +
		` WHERE c.starts_on >= :ystart AND c.starts_on <= :day` + cond + ` GROUP BY a.person_id`
}

var rules = map[string]rule{
	"COOP_PARTY_COVERAGE": {kind: OrganizationUnit, need: 1,
		units: `SELECT c.id AS unit, r.path AS path, COALESCE(x.have, 0) AS have FROM organizations c JOIN regions r ON r.id = c.region_id` +
			` LEFT JOIN (SELECT o.host_id AS host_id, COUNT(*) AS have FROM organizations o WHERE o.host_id IS NOT NULL AND o.kind IN ` + partyKinds +
			` AND ` + active("o") + ` GROUP BY o.host_id) x ON x.host_id = c.id` +
			` WHERE c.kind = 'COOPERATIVE' AND ` + active("c") + ` AND r.path LIKE :prefix`,
		short: flag("没有运营中的党组织", "no active party organization")},
	"SECRETARY_DIRECTOR_CONCURRENT": {kind: RegionUnit, need: 1,
		units: perRegion(isVillage, `SELECT so.region_id AS region_id, 1 AS have FROM positions s`+
			` JOIN organizations so ON so.id = s.organization_id JOIN positions d ON d.person_id = s.person_id`+
			` JOIN organizations dc ON dc.id = d.organization_id`+
			` WHERE s.role = 'SECRETARY' AND `+held("s")+` AND `+villageParty("so")+` AND `+inSubtree("so.region_id")+
			` AND d.role = 'DIRECTOR' AND `+held("d")+` AND dc.region_id = so.region_id AND dc.kind = 'VILLAGERS_COMMITTEE' AND `+active("dc")+
			` GROUP BY so.region_id`),
		short: flag("村党组织书记未兼任村委会主任", "the party secretary is not also the villagers' committee director")},
	"MASS_ORG_HEADS_IN_PARTY": {kind: RegionUnit, need: 3,
		units: perRegion(isVillage, `SELECT m.region_id AS region_id, COUNT(DISTINCT m.kind) AS have FROM organizations m`+
			` JOIN positions h ON h.organization_id = m.id JOIN positions q ON q.person_id = h.person_id`+
			` JOIN organizations po ON po.id = q.organization_id`+
			` WHERE m.kind IN ('YOUTH_LEAGUE', 'WOMENS_CONGRESS', 'MILITIA') AND `+active("m")+` AND `+inSubtree("m.region_id")+
			` AND h.role IN ('HEAD', 'SECRETARY', 'DIRECTOR') AND `+held("h")+
			` AND q.role IN `+leadership+` AND `+held("q")+` AND po.region_id = m.region_id AND `+villageParty("po")+
			` GROUP BY m.region_id`),
		short: counted("个群团组织负责人是村党组织成员", "mass-organization head sits on the party organization", "mass-organization heads sit on the party organization")},
	"BORDER_TOWNSHIP_OFFICER": {kind: RegionUnit, need: 1,
		units: perRegion(borderTownships,
			postsIn(leadership[:len(leadership)-1]+`, 'MEMBER')`, `o.kind = 'PARTY_COMMITTEE' AND `+backgroundIs("BORDER_OFFICER")+
				` AND `+unitRegion("o.region_id", borderTownships), true)),
		short: flag("乡镇党委没有边防军（警）官", "no border officer on the township party committee")},
	"BORDER_VILLAGE_OFFICER": {kind: RegionUnit, need: 1,
		units: perRegion(borderVillages,
			postsIn(leadership, `o.kind IN `+partyKinds+` AND o.setting = 'VILLAGE' AND `+backgroundIs("BORDER_OFFICER")+
				` AND `+unitRegion("o.region_id", borderVillages), true)),
		short: flag("村党组织班子中没有边防军（警）官", "no border officer in the party organization's leadership")},
	"RESERVE_CADRES": {kind: RegionUnit, need: 2,
		units: perRegion(isVillage, postsIn(`('RESERVE_CADRE')`, `1 = 1`, false)),
		short: counted("名后备干部", "reserve cadre", "reserve cadres")},
	"COLLEGE_GRADUATE_OFFICIAL": {kind: RegionUnit, need: 1,
		units: perRegion(isVillage, postsIn(`('ASSISTANT')`, backgroundIs("COLLEGE_GRADUATE"), true)),
		short: flag("没有大学生村官", "no college-graduate assistant")},
	"ACTIVISTS": {kind: RegionUnit, need: 3,
		units: perRegion(isVillage, `SELECT x.home_region_id AS region_id, COUNT(*) AS have FROM people x`+
			` WHERE x.political_status IN ('ACTIVIST', 'DEVELOPMENT_TARGET') AND `+inSubtree("x.home_region_id")+` GROUP BY x.home_region_id`),
		short: counted("名入党积极分子", "activist", "activists")},
	"YOUNG_MEMBER_ADMITTED": {kind: RegionUnit, need: 1,
		units: perRegion(isVillage, `SELECT x.home_region_id AS region_id, COUNT(*) AS have FROM people x`+
			` WHERE x.joined_party_on >= :ystart AND x.joined_party_on <= :day AND x.birth_date > :young`+
			` AND x.education IN ('SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE') AND `+inSubtree("x.home_region_id")+
			` GROUP BY x.home_region_id`),
		short: flag("当年没有发展35岁以下、高中以上文化程度的党员", "no member under 35 with senior-high education admitted in the year")},
	"YOUNG_MEMBER_SHARE": {kind: PersonUnit, need: 1,
		units: `SELECT x.id AS unit, v.path AS path, CASE WHEN x.birth_date > :young THEN 1 ELSE 0 END AS have` +
			` FROM people x JOIN regions v ON v.id = x.home_region_id WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix` +
			` AND x.political_status IN ('MEMBER', 'PROBATIONARY') AND (x.joined_party_on IS NULL OR x.joined_party_on <= :day)`,
		short: flag("年底时已满35岁（或出生日期不详）", "35 or older at the end of the year (or birth date unknown)")},
	"SECRETARY_LEADS_PROJECT": {kind: PersonUnit, need: 50000, strict: true, family: "secretaries", col: "leads",
		short: func(have, need float64) Text {
			if have == 0 {
				return Text{"当年没有领办有收入的项目", "leads no project with an income in the year"}
			}
			return Text{sprintf("领办项目当年收入最高%s元，需超过%s元", num(have), num(need)),
				sprintf("best project income in the year %s yuan, needs over %s", num(have), num(need))}
		}},
	"SECRETARY_SKILLED": {kind: PersonUnit, need: 1, family: "secretaries", col: "skilled",
		short: flag("没有登记掌握的实用技能", "no practical skill recorded")},
	"VENUE_COVERAGE": {kind: RegionUnit, need: 1,
		units: perRegion(isVillage, `SELECT s.region_id AS region_id, COUNT(*) AS have FROM venues s`+
			` WHERE (s.built_on IS NULL OR s.built_on <= :day) AND s.condition <> 'UNUSABLE' GROUP BY s.region_id`),
		short: flag("没有可用的活动场所", "no usable activity venue")},
	"HEADS_INSURED": {kind: PersonUnit, need: 1, family: "heads", col: "insured",
		short: flag("未参加养老保险", "not enrolled in endowment insurance")},
	"CADRE_ROTATION_TRAINED": {kind: PersonUnit, need: 1,
		units: perHead(cadres, trained(`COUNT(*)`, ` AND a.completed AND c.kind = 'ROTATION'`)),
		short: flag("当年未完成轮训", "no rotation training completed in the year")},
	"HEADS_TRAINING_DAYS": {kind: PersonUnit, need: 7, family: "heads", col: "days",
		short: counted("天培训", "training day", "training days")},
	"BACKWARD_VILLAGE_TWINNED": {kind: RegionUnit, need: 1,
		units: perRegion(isVillage+` AND v.backward`, `SELECT o.region_id AS region_id, COUNT(*) AS have FROM links l`+
			` JOIN organizations o ON o.id = l.target_id WHERE l.kind = 'URBAN_RURAL_TWINNING' AND (l.started_on IS NULL OR l.started_on <= :day)`+
			` AND ((l.status = 'ACTIVE' AND (l.ended_on IS NULL OR l.ended_on > :day)) OR (l.status = 'ENDED' AND l.ended_on > :day))`+
			` GROUP BY o.region_id`),
		short: flag("没有运营中的城乡结对", "no active urban–rural twinning")},
	"SECRETARY_PAY_FLOOR": {kind: PersonUnit, family: "secretaries", col: "pay",
		short: func(have, need float64) Text {
			if need >= noFloor {
				return Text{"上年全省农村劳动力人均收入未登记", "last year's provincial average rural income is not recorded"}
			}
			return Text{sprintf("基本报酬%s元，低于%s元", num(have), num(need)),
				sprintf("basic remuneration %s yuan, below %s", num(have), num(need))}
		}},
	"PARTY_ORG_APPRAISED": {kind: OrganizationUnit, need: 1,
		units: `SELECT o.id AS unit, v.path AS path, COALESCE(x.have, 0) AS have FROM organizations o JOIN regions v ON v.id = o.region_id` +
			` LEFT JOIN (SELECT a.organization_id AS organization_id, COUNT(*) AS have FROM appraisals a WHERE a.kind = 'DEMOCRATIC_APPRAISAL'` +
			` AND a.year = :year AND a.organization_id IS NOT NULL GROUP BY a.organization_id) x ON x.organization_id = o.id` +
			` WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix AND ` + villageParty("o"),
		short: flag("当年没有民主评议记录", "no democratic appraisal recorded in the year")},
}

// families are the statements of units several indicators share, with one
// measure column per indicator: the village secretaries, and the village
// secretaries and directors.
var families = map[string]string{
	"secretaries": `SELECT h.unit, h.path, COALESCE(j.have, 0) AS leads,` +
		` CASE WHEN x.skills IS NOT NULL AND CAST(x.skills AS TEXT) NOT IN ('[]', 'null') THEN 1 ELSE 0 END AS skilled,` +
		` COALESCE(h.pay, 0) AS pay FROM (` + secretaries + `) h JOIN people x ON x.id = h.unit` +
		` LEFT JOIN (SELECT j.leader_id AS person_id, MAX(i.income) AS have FROM projects j JOIN project_incomes i ON i.project_id = j.id` +
		` WHERE i.year = :year AND j.leader_id IS NOT NULL GROUP BY j.leader_id) j ON j.person_id = h.unit`,
	"heads": `SELECT h.unit, h.path, CASE WHEN x.endowment_insured_since <= :day THEN 1 ELSE 0 END AS insured,` +
		` COALESCE(t.have, 0) AS days FROM (` + secretaryDirects + `) h JOIN people x ON x.id = h.unit` +
		` LEFT JOIN (` + trained(`SUM(a.days)`, ``) + `) t ON t.person_id = h.unit`,
}

// noFloor is the need of SECRETARY_PAY_FLOOR when last year's average rural
// income is not recorded: nobody meets it.
const noFloor = 1e15

// Kind is what the indicator's units are.
func (d Definition) Kind() UnitKind { return rules[d.Code].kind }
