package demo

import (
	"math/rand/v2"
	"strings"
	"unicode/utf8"
)

// The generator draws names from its own tables of characters with their
// pinyin (plain, no tone marks; ü kept; an apostrophe before a syllable that
// starts with a, o or e, as in Xi'an), so names and their Latin forms are
// fast to make and identical on every machine.

// pinyinTable: each Han character followed by its reading in names and places.
const pinyinTable = "" +
	// surnames
	"王wang李li张zhang刘liu陈chen杨yang赵zhao黄huang周zhou吴wu徐xu孙sun胡hu朱zhu高gao林lin何he郭guo马ma罗luo" +
	"梁liang宋song郑zheng谢xie韩han唐tang冯feng于yu董dong程cheng曹cao袁yuan邓deng许xu傅fu沈shen彭peng吕lü苏su" +
	"卢lu蒋jiang蔡cai贾jia丁ding魏wei薛xue叶ye阎yan潘pan杜du戴dai夏xia钟zhong田tian任ren姜jiang范fan方fang石shi" +
	"姚yao谭tan邹zou金jin陆lu郝hao孔kong白bai崔cui康kang毛mao邱qiu秦qin史shi顾gu侯hou孟meng常chang武wu乔qiao" +
	"关guan佟tong那na富fu曲qu隋sui鲍bao朴piao尹yin申shen柳liu权quan安an全quan洪hong文wen裴pei南nan玄xuan" +
	"池chi俞yu车che严yan元yuan千qian禹yu太tai延yan具ju明ming表biao包bao索suo" +
	// given names
	"伟wei军jun强qiang建jian国guo志zhi勇yong平ping刚gang华hua海hai斌bin峰feng辉hui鹏peng波bo宇yu涛tao磊lei" +
	"超chao杰jie亮liang东dong春chun福fu德de成cheng宝bao山shan庆qing忠zhong贵gui长chang树shu学xue清qing" +
	"永yong仁ren晓xiao立li新xin振zhen喜xi满man占zhan才cai彦yan广guang玉yu双shuang继ji万wan利li民min" +
	"生sheng友you义yi俊jun浩hao博bo鑫xin旭xu晨chen阳yang凯kai帅shuai丽li娟juan敏min静jing秀xiu英ying" +
	"芳fang兰lan红hong霞xia梅mei艳yan燕yan萍ping桂gui凤feng琴qin云yun莲lian荣rong淑shu珍zhen晶jing雪xue" +
	"婷ting慧hui颖ying倩qian爽shuang欣xin佳jia月yue丹dan娜na微wei亚ya芬fen彩cai玲ling洁jie琳lin哲zhe" +
	"勋xun昌chang铉xuan洙zhu锡xi植zhi虎hu日ri光guang龙long吉ji根gen男nan镇zhen泰tai赫he焕huan奎kui" +
	"世shi正zheng雄xiong善shan姬ji贞zhen顺shun美mei花hua子zi爱ai今jin京jing惠hui恩en珠zhu香xiang熙xi贤xian" +
	// places
	"西xi北bei兴xing大da小xiao上shang下xia前qian后hou青qing黑hei双shuang三san二er四si五wu六liu八ba九jiu" +
	"头tou和he丰feng榆yu松song桦hua梨li杏xing桃tao牛niu鹿lu信xin瑞rui胜sheng合he团tuan农nong良liang" +
	"盛sheng茂mao泉quan河he湖hu江jiang岭ling沟gou岗gang台tai甸dian屯tun营ying城cheng湾wan桥qiao川chuan" +
	"坪ping洞dong家jia道dao星xing发fa旺wang源yuan水shui树shu谷gu塘tang坊fang庄zhuang宁ning乐le岔cha" +
	"店dian窝wo泡pao跃yue进jin宏hong卫wei图tu朝chao仙xian亭ting化hua育yu勤qin俭jian鑫xin达da恒heng" +
	"润run隆long祥xiang通tong远yuan天tian绿lü禾he益yi嘉jia设she建jian光guang"

var pinyin = func() map[rune]string {
	m := map[rune]string{}
	var cur rune
	var b strings.Builder
	flush := func() {
		if cur != 0 {
			m[cur] = b.String()
		}
		b.Reset()
	}
	for _, r := range pinyinTable {
		if r >= 0x3400 {
			flush()
			cur = r
			continue
		}
		b.WriteRune(r)
	}
	flush()
	return m
}()

// latin returns the pinyin of s as one word: 三道湾 → Sandaowan, 西安 → Xi'an.
// It panics on a character missing from the table: tables are checked by tests.
func latin(s string) string {
	var b strings.Builder
	first := true
	for _, r := range s {
		p, ok := pinyin[r]
		if !ok {
			panic("demo: no pinyin for " + string(r))
		}
		if first {
			c, n := utf8.DecodeRuneInString(p)
			b.WriteString(strings.ToUpper(string(c)))
			b.WriteString(p[n:])
			first = false
			continue
		}
		if p[0] == 'a' || p[0] == 'o' || p[0] == 'e' {
			b.WriteByte('\'')
		}
		b.WriteString(p)
	}
	return b.String()
}

// weighted is a table of choices with integer weights.
type weighted struct {
	items []string
	cum   []int
}

// newWeighted parses "金:22 李:14 朴:9 …" (an item without a weight weighs 1).
func newWeighted(spec string) *weighted {
	w := &weighted{}
	total := 0
	for _, f := range strings.Fields(spec) {
		item, n := f, 1
		if i := strings.LastIndexByte(f, ':'); i > 0 {
			item = f[:i]
			n = 0
			for _, c := range f[i+1:] {
				n = n*10 + int(c-'0')
			}
		}
		total += n
		w.items = append(w.items, item)
		w.cum = append(w.cum, total)
	}
	return w
}

func (w *weighted) pick(r *rand.Rand) string {
	x := r.IntN(w.cum[len(w.cum)-1])
	lo, hi := 0, len(w.cum)-1
	for lo < hi {
		mid := (lo + hi) / 2
		if w.cum[mid] > x {
			hi = mid
		} else {
			lo = mid + 1
		}
	}
	return w.items[lo]
}

var (
	hanSurnames = newWeighted("王:70 李:75 张:70 刘:55 陈:35 杨:30 赵:30 黄:15 周:15 吴:12 徐:14 孙:20 胡:10 朱:10 高:18 " +
		"林:8 何:8 郭:12 马:14 罗:5 梁:8 宋:10 郑:8 谢:6 韩:10 唐:6 冯:8 于:16 董:10 程:5 曹:7 袁:4 邓:4 许:6 傅:3 " +
		"沈:4 彭:3 吕:5 苏:5 卢:4 蒋:3 蔡:3 贾:5 丁:4 魏:6 薛:4 叶:3 阎:4 潘:3 杜:5 戴:3 夏:3 钟:2 田:6 任:5 姜:8 " +
		"范:4 方:3 石:5 姚:3 谭:2 邹:2 金:4 陆:2 郝:5 孔:3 白:5 崔:5 康:3 毛:2 邱:2 秦:3 史:3 顾:2 侯:4 孟:5 常:4 " +
		"武:4 乔:3 关:4 佟:2 曲:3 隋:2 鲍:2")
	koreanSurnames = newWeighted("金:22 李:14 朴:9 崔:5 郑:4 姜:3 赵:3 尹:3 张:3 韩:2 申:2 吴:2 林:2 柳:2 徐:2 权:2 " +
		"黄:2 安:2 宋:2 全:2 洪:2 高:2 文:2 孙 梁 裴 白 许 南 玄 池 方 俞 车 卢 严 元 千 禹 太 延 具 明 表")
	manchuSurnames = newWeighted("关:8 佟:6 那:5 富:4 赵:5 王:5 金:4 白:3 索:2 吴:2 何:2 包:1")
	mongolSurnames = newWeighted("包:8 白:8 韩:4 王:3 李:3 吴:2 陈:1 金:1")

	hanMale     = []rune("伟军强建国明志勇平刚文华海林斌峰辉鹏波宇涛磊超杰亮东春福德成宝山庆忠贵富长树学清永仁洪晓立新振喜满占才彦广金玉双继万利民生友义俊浩博鑫旭晨阳凯帅")
	hanFemale   = []rune("丽娟敏静秀英华玉芳兰红霞梅艳燕萍桂凤琴云莲荣淑珍春晶雪婷慧颖倩爽欣佳月丹娜微亚芬彩玲洁琳")
	korMale     = []rune("哲浩勋昌铉洙俊锡植范虎日光龙万吉东根学国成永仁男镇秀泰元宇赫焕奎世正雄")
	korFemale   = []rune("善淑姬贞顺玉英美花子爱今福京莲惠恩仁兰丽珠香熙贤秀春月梅")
	placeFirst  = []rune("东西南北新兴太永长大小上下前后红青白黑金石双万安和平富丰德福光明春柳杨榆松桦梨杏桃龙凤马牛鹿仁义信庆吉瑞宝荣胜利民建立合团农良盛英华茂泉清河湖江星兴宏卫延图朝仙化文育勤振跃进")
	placeSecond = []rune("光兴安和平富丰德福明春胜利民合盛华茂泉河岭沟山岗台甸屯营城阳林湾桥川坪洞峰兰星新荣成发旺顺源水田树谷庄宁乐岔店泡仁义信庆吉瑞宝化文进跃龙凤松柳")
	numerals    = []rune("头二三四五六八九")
	daoSuffix   = []rune("沟湾河岭岔甸")
	jiaSuffix   = []rune("屯沟店窝")
	brandChars  = []rune("鑫盛宏泰达恒昌源丰润佳华金隆祥瑞通远天正长白山绿禾谷康福兴益宇嘉和安新")
)

func pickRune(r *rand.Rand, rs []rune) rune { return rs[r.IntN(len(rs))] }

// personName returns a Chinese name and its pinyin ("金哲浩", "Jin Zhehao").
func personName(r *rand.Rand, surnames *weighted, male, korean bool) (string, string) {
	sur := surnames.pick(r)
	var pool []rune
	switch {
	case korean && male:
		pool = korMale
	case korean:
		pool = korFemale
	case male:
		pool = hanMale
	default:
		pool = hanFemale
	}
	given := string(pickRune(r, pool))
	if korean || r.IntN(100) < 70 {
		second := pickRune(r, pool)
		for string(second) == given {
			second = pickRune(r, pool)
		}
		given += string(second)
	}
	return sur + given, latin(sur) + " " + latin(given)
}

// placeStem returns the stem of a village, township or community name:
// 东光, 三道湾, 王家屯.
func placeStem(r *rand.Rand) string {
	switch x := r.IntN(100); {
	case x < 8:
		return string(pickRune(r, numerals)) + "道" + string(pickRune(r, daoSuffix))
	case x < 16:
		return hanSurnames.pick(r) + "家" + string(pickRune(r, jiaSuffix))
	default:
		a := pickRune(r, placeFirst)
		b := pickRune(r, placeSecond)
		for b == a {
			b = pickRune(r, placeSecond)
		}
		return string(a) + string(b)
	}
}

func brand(r *rand.Rand) string {
	a := pickRune(r, brandChars)
	b := pickRune(r, brandChars)
	for b == a {
		b = pickRune(r, brandChars)
	}
	return string(a) + string(b)
}

// term is a fixed word with its Latin form.
type term struct{ zh, latin string }

// product is what a cooperative, enterprise or project works on.
type product struct {
	zh, latin string // 水稻种植 / Shuidao Zhongzhi
	industry  string // the industry label stored on units and regions
	kind      string // Project.kind
	skill     int    // index into skills of the matching practical skill
}

var products = []product{
	{"水稻种植", "Shuidao Zhongzhi", "水稻种植", "PLANTING", 0},
	{"玉米种植", "Yumi Zhongzhi", "玉米种植", "PLANTING", 0},
	{"大豆种植", "Dadou Zhongzhi", "大豆种植", "PLANTING", 0},
	{"人参种植", "Renshen Zhongzhi", "人参种植", "PLANTING", 1},
	{"黑木耳种植", "Heimu'er Zhongzhi", "食用菌种植", "PLANTING", 2},
	{"香菇种植", "Xianggu Zhongzhi", "食用菌种植", "PLANTING", 2},
	{"苹果梨种植", "Pingguoli Zhongzhi", "果树种植", "PLANTING", 3},
	{"蓝莓种植", "Lanmei Zhongzhi", "果树种植", "PLANTING", 3},
	{"蔬菜种植", "Shucai Zhongzhi", "设施蔬菜", "PLANTING", 4},
	{"中药材种植", "Zhongyaocai Zhongzhi", "中药材种植", "PLANTING", 14},
	{"黄牛养殖", "Huangniu Yangzhi", "畜牧养殖", "BREEDING", 5},
	{"生猪养殖", "Shengzhu Yangzhi", "畜牧养殖", "BREEDING", 5},
	{"梅花鹿养殖", "Meihualu Yangzhi", "特种养殖", "BREEDING", 5},
	{"林蛙养殖", "Linwa Yangzhi", "特种养殖", "BREEDING", 15},
	{"肉鸡养殖", "Rouji Yangzhi", "畜牧养殖", "BREEDING", 5},
	{"大米加工", "Dami Jiagong", "农产品加工", "PROCESSING", 16},
	{"泡菜加工", "Paocai Jiagong", "农产品加工", "PROCESSING", 16},
	{"山野菜加工", "Shanyecai Jiagong", "农产品加工", "PROCESSING", 16},
	{"民俗旅游", "Minsu Lüyou", "乡村旅游", "TOURISM", 11},
	{"乡村旅游", "Xiangcun Lüyou", "乡村旅游", "TOURISM", 11},
	{"农村电商", "Nongcun Dianshang", "电子商务", "ECOMMERCE", 12},
	{"劳务输出", "Laowu Shuchu", "劳务经济", "LABOR_SERVICE", 13},
	{"光伏发电", "Guangfu Fadian", "光伏发电", "OTHER", 9},
	{"农机服务", "Nongji Fuwu", "农机服务", "OTHER", 6},
}

// skills are the practical skills people master (Person.skills).
var skills = []string{
	"水稻栽培", "人参栽培", "食用菌栽培", "果树栽培", "设施蔬菜", "畜禽养殖", "农机驾驶与维修", "兽医防疫",
	"电工", "电焊", "厨师", "民宿经营", "电商运营", "农产品经纪", "中药材栽培", "林蛙养殖", "农产品加工", "建筑施工",
}

var enterpriseLines = []term{
	{"食品", "Shipin"}, {"米业", "Miye"}, {"木业", "Muye"}, {"人参制品", "Renshen Zhipin"}, {"牧业", "Muye"},
	{"农业科技", "Nongye Keji"}, {"建材", "Jiancai"}, {"酒业", "Jiuye"}, {"饮品", "Yinpin"}, {"物流", "Wuliu"},
	{"旅游开发", "Lüyou Kaifa"}, {"生物科技", "Shengwu Keji"}, {"绿色食品", "Lüse Shipin"}, {"矿泉水", "Kuangquanshui"},
}

var organs = []term{
	{"农业农村局", "Nongye Nongcun Ju"}, {"财政局", "Caizheng Ju"}, {"发展和改革局", "Fazhan he Gaige Ju"},
	{"教育局", "Jiaoyu Ju"}, {"民政局", "Minzheng Ju"}, {"交通运输局", "Jiaotong Yunshu Ju"}, {"水利局", "Shuili Ju"},
	{"林业局", "Linye Ju"}, {"卫生健康局", "Weisheng Jiankang Ju"},
	{"人力资源和社会保障局", "Renli Ziyuan he Shehui Baozhang Ju"}, {"自然资源局", "Ziran Ziyuan Ju"},
	{"商务局", "Shangwu Ju"}, {"文化广播电视和旅游局", "Wenhua Guangbo Dianshi he Lüyou Ju"},
	{"市场监督管理局", "Shichang Jiandu Guanli Ju"}, {"住房和城乡建设局", "Zhufang he Chengxiang Jianshe Ju"},
	{"统计局", "Tongji Ju"}, {"审计局", "Shenji Ju"}, {"人民法院", "Renmin Fayuan"}, {"人民检察院", "Renmin Jianchayuan"},
}

var massOrgs = []term{
	{"总工会", "Zonggonghui"}, {"妇女联合会", "Funü Lianhehui"}, {"科学技术协会", "Kexue Jishu Xiehui"},
	{"工商业联合会", "Gongshangye Lianhehui"}, {"残疾人联合会", "Canjiren Lianhehui"},
}

var institutions = []term{
	{"人民医院", "Renmin Yiyuan"}, {"中医院", "Zhongyiyuan"}, {"第一中学", "Diyi Zhongxue"},
	{"农业技术推广中心", "Nongye Jishu Tuiguang Zhongxin"}, {"疾病预防控制中心", "Jibing Yufang Kongzhi Zhongxin"},
	{"融媒体中心", "Rongmeiti Zhongxin"}, {"图书馆", "Tushuguan"}, {"畜牧总站", "Xumu Zongzhan"},
}

var bigEnterprises = []term{
	{"农村商业银行股份有限公司", "Nongcun Shangye Yinhang Gufen Youxian Gongsi"},
	{"供热有限公司", "Gongre Youxian Gongsi"}, {"城市建设投资有限公司", "Chengshi Jianshe Touzi Youxian Gongsi"},
	{"自来水有限公司", "Zilaishui Youxian Gongsi"}, {"粮食收储有限公司", "Liangshi Shouchu Youxian Gongsi"},
	{"交通投资集团有限公司", "Jiaotong Touzi Jituan Youxian Gongsi"},
}

var migrantCities = []term{
	{"长春", "Changchun"}, {"北京", "Beijing"}, {"大连", "Dalian"}, {"天津", "Tianjin"}, {"上海", "Shanghai"},
	{"青岛", "Qingdao"}, {"沈阳", "Shenyang"}, {"深圳", "Shenzhen"}, {"苏州", "Suzhou"},
}

// migrantLocations are where migrant workers are (Person.currentLocation).
var migrantLocations = newWeighted("长春市:20 北京市:12 大连市:10 天津市:8 上海市:6 青岛市:10 沈阳市:6 深圳市:4 苏州市:5 " +
	"哈尔滨市:3 吉林市:5 延吉市:4")
var abroadLocations = newWeighted("韩国首尔:10 韩国仁川:3 韩国釜山:2 日本东京:2")

var ethnicOther = newWeighted("回族:3 蒙古族:2 满族:3 锡伯族:1")

var goals = []string{
	"结对共建，帮助村党组织规范组织生活，提升服务群众能力。",
	"发挥城市单位资金、技术、信息优势，帮助村里发展集体经济。",
	"共建特色产业基地，带动农户增收致富。",
	"联合开展党员培训和实用技术培训。",
	"共同建设村级活动场所，完善基础设施。",
	"依托产业链条联结合作社、企业和农户，统一品牌、统一销售。",
	"军警民共建，加强边境村党组织建设，维护边境稳定。",
	"以强带弱，两村联合发展集体经济项目。",
	"村企共建，企业吸纳本村劳动力就业，村里保障原料供应。",
	"村居共建，社区与村共享服务资源，组织农产品进社区。",
}

var activityText = map[string][]string{
	"VISIT":    {"走访慰问困难党员和群众。", "召开共建联席会议，研究年度共建计划。", "实地调研产业发展情况。"},
	"FUNDING":  {"拨付共建资金，用于村集体经济项目。", "资助村级活动场所维修。", "支持产业基地基础设施建设。"},
	"TRAINING": {"举办实用技术培训班。", "开展党员集中轮训。", "组织村干部外出考察学习。"},
	"PROJECT":  {"共同实施产业项目。", "联合建设农产品销售网点。", "合作建设仓储冷库。"},
	"DONATION": {"捐赠农业生产物资。", "捐赠图书和办公设备。", "捐赠助学金。"},
	"OTHER":    {"联合开展文化活动。", "开展义诊和法律咨询进村活动。", "共同开展环境整治。"},
}
