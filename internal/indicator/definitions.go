// Package indicator defines the province's numeric targets for the "three
// projects", as the source document (three-projects.txt, kept beside this
// file) sets them: one definition per code, with its titles in both
// languages, the clause it comes from, the unit it counts, the rule a unit
// must meet, and the default target and deadline (an admin can change the
// targets). The source text lost zeros in many figures ("211" is 2011, "7%"
// is 70%, "5, yuan" is 50,000 yuan); the definitions give the readings.
package indicator

import "time"

// Project is one of the three projects an indicator belongs to.
type Project string

// The three projects.
const (
	OrganizationSetup Project = "ORGANIZATION_SETUP" // optimizing the setup of organizations
	CadreQuality      Project = "CADRE_QUALITY"      // improving the quality of cadres
	Entrepreneurship  Project = "ENTREPRENEURSHIP"   // entrepreneurship and training
)

// Text is a text in both languages of the app.
type Text struct{ ZH, EN string }

// Definition is one indicator.
type Definition struct {
	Code    string
	Project Project
	Title   Text
	// Clause is the sentence of the source document the target comes from,
	// quoted as it stands there.
	Clause string
	// Unit is what is counted (the denominator's units).
	Unit Text
	// Rule is what a unit must meet to count in the numerator.
	Rule Text
	// Target is the share of units that must meet the rule, 0 to 1.
	Target float64
	// Deadline is the day the target is due; zero when it has none.
	Deadline time.Time
	// Yearly targets are due again every year.
	Yearly bool
}

func day(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// Definitions are the 19 indicators, grouped by project.
var Definitions = []Definition{
	{Code: "COOP_PARTY_COVERAGE", Project: OrganizationSetup,
		Title:  Text{"农民专业合作社党组织覆盖率", "Cooperatives with a party organization"},
		Clause: `By the end of 211, the rate of party organization of farmers' professional cooperative organizations in the province has increased to 7%`,
		Unit:   Text{"运营中的农民专业合作社", "active farmers' cooperatives"},
		Rule:   Text{"至少有一个运营中的党组织", "host at least one active party organization"},
		Target: 0.70, Deadline: day("2011-12-31")},
	{Code: "SECRETARY_DIRECTOR_CONCURRENT", Project: OrganizationSetup,
		Title:  Text{"村党组织书记兼任村委会主任比例", "Village secretaries who also direct the villagers' committee"},
		Clause: `By the end of 211, the proportion of village party secretary concurrently serving as the director of the village committee in the whole province will strive to reach 7%`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"现任村党组织书记同时是现任村委会主任", "the current party secretary is also the current villagers' committee director"},
		Target: 0.70, Deadline: day("2011-12-31")},
	{Code: "MASS_ORG_HEADS_IN_PARTY", Project: OrganizationSetup,
		Title:  Text{"群团组织负责人由村党组织成员担任", "Mass-organization heads on the village party organization"},
		Clause: `the leaders of league organizations, women's congresses and militia companies are generally served by members of village party organizations`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"团支部、妇代会、民兵连负责人都是村党组织成员", "the heads of the league, the women's congress and the militia all sit on the village party organization"},
		Target: 1},
	{Code: "BORDER_TOWNSHIP_OFFICER", Project: OrganizationSetup,
		Title:  Text{"边境乡镇党委有边防军警干部", "Border townships with a border officer on the party committee"},
		Clause: `By the end of 211, each border town in the province had more than one military (police) officer of the border troops as a member of the township party committee`,
		Unit:   Text{"边境乡镇", "border townships"},
		Rule:   Text{"乡镇党委至少有一名边防军（警）官", "at least one border officer sits on the township party committee"},
		Target: 1, Deadline: day("2011-12-31")},
	{Code: "BORDER_VILLAGE_OFFICER", Project: OrganizationSetup,
		Title:  Text{"边境村党组织班子有边防军警干部", "Border villages with a border officer in the party organization's leadership"},
		Clause: `each border village had one military (police) officer of the border troops as the head of the village party organization`,
		Unit:   Text{"边境村", "border villages"},
		Rule:   Text{"村党组织班子中有一名边防军（警）官", "a border officer sits in the village party organization's leadership"},
		Target: 1, Deadline: day("2011-12-31")},
	{Code: "RESERVE_CADRES", Project: CadreQuality,
		Title:  Text{"村级后备干部", "Reserve village cadres"},
		Clause: `ensure that each established village reserves at least 2 reserve talents for village cadres`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"至少有两名现任后备干部", "at least two current reserve cadres"},
		Target: 1},
	{Code: "COLLEGE_GRADUATE_OFFICIAL", Project: CadreQuality,
		Title:  Text{"一村一名大学生", "One college graduate per village"},
		Clause: `one college graduate will be arranged for each established village to assist the work of the village "two committees" within three years`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"至少有一名现任大学生村官", "at least one current college-graduate assistant"},
		Target: 1, Deadline: day("2011-12-31")},
	{Code: "ACTIVISTS", Project: CadreQuality,
		Title:  Text{"入党积极分子", "Activists applying to join the Party"},
		Clause: `ensure that there are more than three activists to join the Party in each established village`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"至少有三名常住的入党积极分子", "at least three resident activists"},
		Target: 1},
	{Code: "YOUNG_MEMBER_ADMITTED", Project: CadreQuality,
		Title:  Text{"每年发展青年党员", "A young member admitted every year"},
		Clause: `at least one party member with a higher education level under the age of 35 should be developed every year`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"当年发展至少一名35岁以下、高中以上文化程度的党员", "admitted at least one member under 35 with senior-high education or more in the year"},
		Target: 1, Yearly: true},
	{Code: "YOUNG_MEMBER_SHARE", Project: CadreQuality,
		Title:  Text{"35岁以下农村党员比例", "Rural party members under 35"},
		Clause: `By the end of 211, we will strive to make the proportion of rural party member under the age of 35 in the province reach 18%`,
		Unit:   Text{"农村党员", "rural party members"},
		Rule:   Text{"年底时未满35岁", "under 35 at the end of the year"},
		Target: 0.18, Deadline: day("2011-12-31")},
	{Code: "SECRETARY_LEADS_PROJECT", Project: Entrepreneurship,
		Title:  Text{"村党组织书记领办致富项目", "Village secretaries leading a prosperity project"},
		Clause: `By the end of 211, we will strive that more than 7% of the village party secretaries in the province can lead the leaders to start rich projects, and the annual income will exceed 5, yuan`,
		Unit:   Text{"村党组织书记", "village party secretaries"},
		Rule:   Text{"领办一个当年收入超过5万元的项目", "lead a project with an income over 50,000 yuan in the year"},
		Target: 0.70, Deadline: day("2011-12-31")},
	{Code: "SECRETARY_SKILLED", Project: Entrepreneurship,
		Title:  Text{"村党组织书记掌握致富技能", "Village secretaries with a practical skill"},
		Clause: `By the end of 211, more than 9% village party secretaries in the province had mastered more than one skill or practical technology to get rich.`,
		Unit:   Text{"村党组织书记", "village party secretaries"},
		Rule:   Text{"掌握至少一项实用技能", "master at least one practical skill"},
		Target: 0.90, Deadline: day("2011-12-31")},
	{Code: "VENUE_COVERAGE", Project: OrganizationSetup,
		Title:  Text{"村级组织活动场所全覆盖", "Villages with an activity venue"},
		Clause: `cities, counties (cities, districts) should increase investment to ensure full coverage of village-level organization venues`,
		Unit:   Text{"行政村", "villages"},
		Rule:   Text{"有村级组织活动场所", "have an activity venue"},
		Target: 1},
	{Code: "HEADS_INSURED", Project: CadreQuality,
		Title:  Text{"村党组织书记、村委会主任参加养老保险", "Village secretaries and directors with endowment insurance"},
		Clause: `priority will be given to solving the problem of endowment insurance for village party secretary and village committee director`,
		Unit:   Text{"现任村党组织书记和村委会主任", "current village secretaries and directors"},
		Rule:   Text{"参加养老保险", "enrolled in endowment insurance"},
		Target: 1, Deadline: day("2010-12-31")},
	{Code: "CADRE_ROTATION_TRAINED", Project: Entrepreneurship,
		Title:  Text{"农村干部岗位能力轮训", "Village cadres through the yearly rotation training"},
		Clause: `carry out the post ability rotation training for all rural cadres once a year`,
		Unit:   Text{"现任村干部", "current village cadres"},
		Rule:   Text{"当年完成一次轮训", "completed a rotation training in the year"},
		Target: 1, Yearly: true},
	{Code: "HEADS_TRAINING_DAYS", Project: Entrepreneurship,
		Title:  Text{"村党组织书记、村委会主任培训天数", "Training days of village secretaries and directors"},
		Clause: `The secretary of the village party organization and the director of the village committee who did not participate in the provincial training in that year were trained by the organization department of the party committee of the county (city, district) for not less than 7 days`,
		Unit:   Text{"村党组织书记和村委会主任", "village secretaries and directors"},
		Rule:   Text{"当年培训不少于7天", "at least 7 training days in the year"},
		Target: 1, Yearly: true},
	{Code: "BACKWARD_VILLAGE_TWINNED", Project: OrganizationSetup,
		Title:  Text{"相对落后村结对共建", "Backward villages twinned"},
		Clause: `identified 1, relatively backward villages, and carried out twinning construction work`,
		Unit:   Text{"相对落后村", "backward villages"},
		Rule:   Text{"至少有一个运营中的城乡结对共建", "at least one active urban–rural twinning link"},
		Target: 1},
	{Code: "SECRETARY_PAY_FLOOR", Project: CadreQuality,
		Title:  Text{"村党组织书记基本报酬不低于上年农村劳动力平均收入", "Village secretaries paid at least last year's average rural income"},
		Clause: `According to not less than the average income level of rural labor force in the whole province last year, the basic remuneration of village party organization secretaries is determined`,
		Unit:   Text{"村党组织书记", "village party secretaries"},
		Rule:   Text{"基本报酬不低于上年全省农村劳动力人均收入", "basic remuneration at least last year's provincial average rural income"},
		Target: 1},
	{Code: "PARTY_ORG_APPRAISED", Project: CadreQuality,
		Title:  Text{"村党组织民主评议", "Village party organizations appraised"},
		Clause: `Every year, rural party organizations organize a mass appraisal of party member, party member appraisal branch and village party organizations' appraisal of the democratic evaluation of township party committees`,
		Unit:   Text{"村党组织", "village party organizations"},
		Rule:   Text{"当年有民主评议记录", "a democratic appraisal recorded in the year"},
		Target: 1, Yearly: true},
}

// ByCode returns the indicator of a code.
func ByCode(code string) (Definition, bool) {
	for _, d := range Definitions {
		if d.Code == code {
			return d, true
		}
	}
	return Definition{}, false
}

// Description says what the indicator counts and the rule, in a sentence.
func (d Definition) Description() Text {
	return Text{
		ZH: d.Unit.ZH + "中符合以下条件的比例：" + d.Rule.ZH + "。",
		EN: "The share of " + d.Unit.EN + " that meet the rule: " + d.Rule.EN + ".",
	}
}
