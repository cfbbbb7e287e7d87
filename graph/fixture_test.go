package graph_test

import (
	"testing"

	"grassroots/ent"
	"grassroots/ent/link"
	"grassroots/ent/organization"
	"grassroots/ent/person"
	"grassroots/ent/position"
	"grassroots/ent/region"
	"grassroots/internal/domain"
	"grassroots/tooling/apitest"
	"grassroots/tooling/testdb"
)

// county is a small network: 吉林省 › 延边州 › 延吉市 › 依兰镇 with two
// villages, and 珲春市 with one village of the same name as one in 延吉.
type county struct {
	province, city, yanji, yilan, dongguang, xinxing, hunchun, hcTown, hcDongguang *ent.Region
	committee, branch1, branch2, branch3, vc1, coop, coopBranch, enterprise, organ *ent.Organization
	secretary, director, assistant, expert                                         *ent.Person
	twinning, joint                                                                *ent.Link
}

func buildCounty(t testing.TB, c *ent.Client) *county {
	b := apitest.Build(t, c)
	k := &county{}
	k.province = b.Province()
	k.city = b.Region(k.province, region.LevelCITY, "延边朝鲜族自治州", "Yanbian Chaoxianzu Zizhizhou")
	k.yanji = b.Region(k.city, region.LevelCOUNTY, "延吉市", "Yanji Shi")
	k.yilan = b.Region(k.yanji, region.LevelTOWNSHIP, "依兰镇", "Yilan Zhen")
	k.dongguang = b.Region(k.yilan, region.LevelVILLAGE, "东光村", "Dongguang Cun", func(rc *ent.RegionCreate) { rc.SetBackward(true) })
	k.xinxing = b.Region(k.yilan, region.LevelVILLAGE, "新兴村", "Xinxing Cun")
	k.hunchun = b.Region(k.city, region.LevelCOUNTY, "珲春市", "Hunchun Shi", func(rc *ent.RegionCreate) { rc.SetBorder(true) })
	k.hcTown = b.Region(k.hunchun, region.LevelTOWNSHIP, "英安镇", "Ying'an Zhen")
	k.hcDongguang = b.Region(k.hcTown, region.LevelVILLAGE, "东光村", "Dongguang Cun")

	k.committee = b.Org(k.yilan, organization.KindPARTY_COMMITTEE, "中共依兰镇委员会", func(o *ent.OrganizationCreate) { o.SetSetting(organization.SettingVILLAGE) })
	party := func(o *ent.OrganizationCreate) { o.SetSetting(organization.SettingVILLAGE).SetParent(k.committee) }
	k.branch1 = b.Org(k.dongguang, organization.KindPARTY_BRANCH, "东光村党支部", party)
	k.branch2 = b.Org(k.xinxing, organization.KindPARTY_BRANCH, "新兴村党支部", party)
	k.branch3 = b.Org(k.hcDongguang, organization.KindPARTY_BRANCH, "东光村党支部")
	k.vc1 = b.Org(k.dongguang, organization.KindVILLAGERS_COMMITTEE, "东光村村民委员会")
	k.coop = b.Org(k.dongguang, organization.KindCOOPERATIVE, "东光村水稻专业合作社")
	k.coopBranch = b.Org(k.dongguang, organization.KindPARTY_BRANCH, "东光村水稻专业合作社党支部", func(o *ent.OrganizationCreate) {
		o.SetSetting(organization.SettingCOOPERATIVE).SetHost(k.coop).SetParent(k.committee)
	})
	k.enterprise = b.Org(k.yanji, organization.KindENTERPRISE, "延吉食品有限公司")
	k.organ = b.Org(k.yanji, organization.KindGOVERNMENT_ORGAN, "延吉市农业农村局")

	k.secretary = b.Person("金明哲", "Jin Mingzhe", k.dongguang, func(p *ent.PersonCreate) {
		p.SetPoliticalStatus(person.PoliticalStatusMEMBER).SetBackgrounds([]domain.Background{domain.RichExpert, domain.VillageCadre}).SetIDNumber("11010519491231002X")
	})
	k.director = b.Person("李春花", "Li Chunhua", k.dongguang)
	k.assistant = b.Person("王小明", "Wang Xiaoming", k.xinxing, func(p *ent.PersonCreate) {
		p.SetBackgrounds([]domain.Background{domain.CollegeGraduate}).SetPoliticalStatus(person.PoliticalStatusACTIVIST)
	})
	k.expert = b.Person("朴成浩", "Piao Chenghao", k.hcDongguang, func(p *ent.PersonCreate) {
		p.SetBackgrounds([]domain.Background{domain.RichExpert})
	})
	b.Post(k.secretary, k.branch1, position.RoleSECRETARY)
	b.Post(k.secretary, k.vc1, position.RoleDIRECTOR)
	b.Post(k.director, k.vc1, position.RoleDEPUTY_DIRECTOR)
	b.Post(k.director, k.branch1, position.RoleSECRETARY, func(p *ent.PositionCreate) {
		p.SetStartedOn(apitest.Day("2001-01-01")).SetEndedOn(apitest.Day("2009-12-31"))
	})
	b.Post(k.assistant, k.branch2, position.RoleASSISTANT)
	k.twinning = b.Link(k.organ, k.branch1, link.KindURBAN_RURAL_TWINNING)
	k.joint = b.Link(k.branch1, k.branch2, link.KindVILLAGE_VILLAGE)
	b.Link(k.enterprise, k.branch1, link.KindVILLAGE_ENTERPRISE, func(l *ent.LinkCreate) { l.SetStatus(link.StatusENDED).SetEndedOn(apitest.Day("2011-06-30")) })
	return k
}

// eachDialect runs f against a fresh API on SQLite and on PostgreSQL.
func eachDialect(t *testing.T, f func(t *testing.T, api *apitest.API, k *county)) {
	for _, d := range testdb.Dialects {
		t.Run(d, func(t *testing.T) {
			api := apitest.New(t, d)
			f(t, api, buildCounty(t, api.Client()))
		})
	}
}
