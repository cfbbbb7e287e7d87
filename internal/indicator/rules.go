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
	kind   UnitKind
	units  string
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

// villages are the villages of the subtree (alias v).
const villages = ` FROM regions v WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix`

// heads are the people holding, on :day, one of the posts in a village's
// party organization (partyRoles) or villagers' committee (committeeRoles),
// each once, placed in the first of their villages.
func heads(partyRoles, committeeRoles string) string {
	committee := `FALSE`
	if committeeRoles != "" {
		committee = `(p.role IN ` + committeeRoles + ` AND o.kind = 'VILLAGERS_COMMITTEE' AND ` + active("o") + `)`
	}
	return `SELECT p.person_id AS unit, MIN(v.path) AS path, MAX(p.basic_remuneration) AS pay FROM positions p` +
		` JOIN organizations o ON o.id = p.organization_id JOIN regions v ON v.id = o.region_id` +
		` WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix AND ` + held("p") +
		` AND ((p.role IN ` + partyRoles + ` AND ` + villageParty("o") + `) OR ` + committee + `)` +
		` GROUP BY p.person_id`
}

var (
	secretaries      = heads(`('SECRETARY')`, "")
	secretaryDirects = heads(`('SECRETARY')`, `('DIRECTOR')`)
	cadres           = heads(`('SECRETARY', 'DEPUTY_SECRETARY', 'COMMITTEE_MEMBER')`, `('DIRECTOR', 'DEPUTY_DIRECTOR')`)
)

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

var rules = map[string]rule{
	"COOP_PARTY_COVERAGE": {kind: OrganizationUnit, need: 1,
		units: `SELECT c.id AS unit, r.path AS path, (SELECT COUNT(*) FROM organizations o WHERE o.host_id = c.id AND o.kind IN ` + partyKinds +
			` AND ` + active("o") + `) AS have FROM organizations c JOIN regions r ON r.id = c.region_id` +
			` WHERE c.kind = 'COOPERATIVE' AND ` + active("c") + ` AND r.path LIKE :prefix`,
		short: flag("没有运营中的党组织", "no active party organization")},
	"SECRETARY_DIRECTOR_CONCURRENT": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, CASE WHEN EXISTS (SELECT 1 FROM positions s` +
			` JOIN organizations so ON so.id = s.organization_id JOIN positions d ON d.person_id = s.person_id` +
			` JOIN organizations dc ON dc.id = d.organization_id` +
			` WHERE so.region_id = v.id AND s.role = 'SECRETARY' AND ` + held("s") + ` AND ` + villageParty("so") +
			` AND dc.region_id = v.id AND dc.kind = 'VILLAGERS_COMMITTEE' AND d.role = 'DIRECTOR' AND ` + held("d") + ` AND ` + active("dc") +
			`) THEN 1 ELSE 0 END AS have` + villages,
		short: flag("村党组织书记未兼任村委会主任", "the party secretary is not also the villagers' committee director")},
	"MASS_ORG_HEADS_IN_PARTY": {kind: RegionUnit, need: 3,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(DISTINCT m.kind) FROM organizations m JOIN positions h ON h.organization_id = m.id` +
			` WHERE m.region_id = v.id AND m.kind IN ('YOUTH_LEAGUE', 'WOMENS_CONGRESS', 'MILITIA') AND ` + active("m") +
			` AND h.role IN ('HEAD', 'SECRETARY', 'DIRECTOR') AND ` + held("h") +
			` AND EXISTS (SELECT 1 FROM positions q JOIN organizations po ON po.id = q.organization_id WHERE q.person_id = h.person_id` +
			` AND po.region_id = v.id AND q.role IN ` + leadership + ` AND ` + held("q") + ` AND ` + villageParty("po") + `)) AS have` + villages,
		short: counted("个群团组织负责人是村党组织成员", "mass-organization head sits on the party organization", "mass-organization heads sit on the party organization")},
	"BORDER_TOWNSHIP_OFFICER": {kind: RegionUnit, need: 1,
		units: `SELECT t.id AS unit, t.path AS path, (SELECT COUNT(*) FROM positions p JOIN organizations o ON o.id = p.organization_id` +
			` JOIN people x ON x.id = p.person_id WHERE o.region_id = t.id AND o.kind = 'PARTY_COMMITTEE' AND ` + active("o") +
			` AND ` + held("p") + ` AND ` + backgroundIs("BORDER_OFFICER") + `) AS have` +
			` FROM regions t WHERE t.level = 'TOWNSHIP' AND t.border AND t.path LIKE :prefix`,
		short: flag("乡镇党委没有边防军（警）官", "no border officer on the township party committee")},
	"BORDER_VILLAGE_OFFICER": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(*) FROM positions p JOIN organizations o ON o.id = p.organization_id` +
			` JOIN people x ON x.id = p.person_id WHERE o.region_id = v.id AND ` + villageParty("o") + ` AND p.role IN ` + leadership +
			` AND ` + held("p") + ` AND ` + backgroundIs("BORDER_OFFICER") + `) AS have` + villages + ` AND v.border`,
		short: flag("村党组织班子中没有边防军（警）官", "no border officer in the party organization's leadership")},
	"RESERVE_CADRES": {kind: RegionUnit, need: 2,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(DISTINCT p.person_id) FROM positions p JOIN organizations o ON o.id = p.organization_id` +
			` WHERE o.region_id = v.id AND ` + active("o") + ` AND p.role = 'RESERVE_CADRE' AND ` + held("p") + `) AS have` + villages,
		short: counted("名后备干部", "reserve cadre", "reserve cadres")},
	"COLLEGE_GRADUATE_OFFICIAL": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(DISTINCT p.person_id) FROM positions p JOIN organizations o ON o.id = p.organization_id` +
			` JOIN people x ON x.id = p.person_id WHERE o.region_id = v.id AND ` + active("o") + ` AND p.role = 'ASSISTANT' AND ` + held("p") +
			` AND ` + backgroundIs("COLLEGE_GRADUATE") + `) AS have` + villages,
		short: flag("没有大学生村官", "no college-graduate assistant")},
	"ACTIVISTS": {kind: RegionUnit, need: 3,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(*) FROM people x WHERE x.home_region_id = v.id` +
			` AND x.political_status IN ('ACTIVIST', 'DEVELOPMENT_TARGET')) AS have` + villages,
		short: counted("名入党积极分子", "activist", "activists")},
	"YOUNG_MEMBER_ADMITTED": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(*) FROM people x WHERE x.home_region_id = v.id` +
			` AND x.joined_party_on >= :ystart AND x.joined_party_on <= :day AND x.birth_date > :young` +
			` AND x.education IN ('SENIOR_HIGH', 'JUNIOR_COLLEGE', 'BACHELOR', 'POSTGRADUATE')) AS have` + villages,
		short: flag("当年没有发展35岁以下、高中以上文化程度的党员", "no member under 35 with senior-high education admitted in the year")},
	"YOUNG_MEMBER_SHARE": {kind: PersonUnit, need: 1,
		units: `SELECT x.id AS unit, v.path AS path, CASE WHEN x.birth_date > :young THEN 1 ELSE 0 END AS have` +
			` FROM people x JOIN regions v ON v.id = x.home_region_id WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix` +
			` AND x.political_status IN ('MEMBER', 'PROBATIONARY') AND (x.joined_party_on IS NULL OR x.joined_party_on <= :day)`,
		short: flag("年底时已满35岁（或出生日期不详）", "35 or older at the end of the year (or birth date unknown)")},
	"SECRETARY_LEADS_PROJECT": {kind: PersonUnit, need: 50000, strict: true,
		units: `SELECT h.unit, h.path, COALESCE((SELECT MAX(i.income) FROM projects j JOIN project_incomes i ON i.project_id = j.id` +
			` WHERE j.leader_id = h.unit AND i.year = :year), 0) AS have FROM (` + secretaries + `) h`,
		short: func(have, need float64) Text {
			if have == 0 {
				return Text{"当年没有领办有收入的项目", "leads no project with an income in the year"}
			}
			return Text{sprintf("领办项目当年收入最高%s元，需超过%s元", num(have), num(need)),
				sprintf("best project income in the year %s yuan, needs over %s", num(have), num(need))}
		}},
	"SECRETARY_SKILLED": {kind: PersonUnit, need: 1,
		units: `SELECT h.unit, h.path, CASE WHEN x.skills IS NOT NULL AND CAST(x.skills AS TEXT) NOT IN ('[]', 'null') THEN 1 ELSE 0 END AS have` +
			` FROM (` + secretaries + `) h JOIN people x ON x.id = h.unit`,
		short: flag("没有登记掌握的实用技能", "no practical skill recorded")},
	"VENUE_COVERAGE": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(*) FROM venues s WHERE s.region_id = v.id` +
			` AND (s.built_on IS NULL OR s.built_on <= :day) AND s.condition <> 'UNUSABLE') AS have` + villages,
		short: flag("没有可用的活动场所", "no usable activity venue")},
	"HEADS_INSURED": {kind: PersonUnit, need: 1,
		units: `SELECT h.unit, h.path, CASE WHEN x.endowment_insured_since <= :day THEN 1 ELSE 0 END AS have` +
			` FROM (` + secretaryDirects + `) h JOIN people x ON x.id = h.unit`,
		short: flag("未参加养老保险", "not enrolled in endowment insurance")},
	"CADRE_ROTATION_TRAINED": {kind: PersonUnit, need: 1,
		units: `SELECT h.unit, h.path, (SELECT COUNT(*) FROM training_attendances a JOIN training_courses c ON c.id = a.course_id` +
			` WHERE a.person_id = h.unit AND a.completed AND c.kind = 'ROTATION' AND c.starts_on >= :ystart AND c.starts_on <= :day) AS have` +
			` FROM (` + cadres + `) h`,
		short: flag("当年未完成轮训", "no rotation training completed in the year")},
	"HEADS_TRAINING_DAYS": {kind: PersonUnit, need: 7,
		units: `SELECT h.unit, h.path, COALESCE((SELECT SUM(a.days) FROM training_attendances a JOIN training_courses c ON c.id = a.course_id` +
			` WHERE a.person_id = h.unit AND c.starts_on >= :ystart AND c.starts_on <= :day), 0) AS have FROM (` + secretaryDirects + `) h`,
		short: counted("天培训", "training day", "training days")},
	"BACKWARD_VILLAGE_TWINNED": {kind: RegionUnit, need: 1,
		units: `SELECT v.id AS unit, v.path AS path, (SELECT COUNT(*) FROM links l JOIN organizations o ON o.id = l.target_id` +
			` WHERE o.region_id = v.id AND l.kind = 'URBAN_RURAL_TWINNING' AND (l.started_on IS NULL OR l.started_on <= :day)` +
			` AND ((l.status = 'ACTIVE' AND (l.ended_on IS NULL OR l.ended_on > :day)) OR (l.status = 'ENDED' AND l.ended_on > :day))) AS have` +
			villages + ` AND v.backward`,
		short: flag("没有运营中的城乡结对", "no active urban–rural twinning")},
	"SECRETARY_PAY_FLOOR": {kind: PersonUnit,
		units: `SELECT h.unit, h.path, COALESCE(h.pay, 0) AS have FROM (` + secretaries + `) h`,
		short: func(have, need float64) Text {
			if need >= noFloor {
				return Text{"上年全省农村劳动力人均收入未登记", "last year's provincial average rural income is not recorded"}
			}
			return Text{sprintf("基本报酬%s元，低于%s元", num(have), num(need)),
				sprintf("basic remuneration %s yuan, below %s", num(have), num(need))}
		}},
	"PARTY_ORG_APPRAISED": {kind: OrganizationUnit, need: 1,
		units: `SELECT o.id AS unit, v.path AS path, (SELECT COUNT(*) FROM appraisals a WHERE a.organization_id = o.id` +
			` AND a.kind = 'DEMOCRATIC_APPRAISAL' AND a.year = :year) AS have FROM organizations o JOIN regions v ON v.id = o.region_id` +
			` WHERE v.level = 'VILLAGE' AND v.path LIKE :prefix AND ` + villageParty("o"),
		short: flag("当年没有民主评议记录", "no democratic appraisal recorded in the year")},
}

// noFloor is the need of SECRETARY_PAY_FLOOR when last year's average rural
// income is not recorded: nobody meets it.
const noFloor = 1e15

// Kind is what the indicator's units are.
func (d Definition) Kind() UnitKind { return rules[d.Code].kind }
