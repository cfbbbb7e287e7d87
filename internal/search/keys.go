package search

import (
	"bytes"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/mozillazg/go-pinyin"

	"grassroots/internal/ident"
)

// kind is one of the search keys an entry is indexed under.
type kind uint8

const (
	// Stored keys.
	kName kind = iota // the Chinese name as stored
	kPy               // full pinyin of the name, syllables marked
	kIni              // first letter of each syllable of the name
	kLat              // stored nameLatin, normalised, words marked
	kLati             // first letter of each word of nameLatin
	kCode             // region code (12 digits)

	// Prefixes of stored keys, matched exactly or by prefix only.
	kSig      // significant prefix of the region code ("222401")
	kNameCore // region name without its suffix (延吉 of 延吉市)
	kPyCore   // its pinyin
	kIniCore  // its initials
	kLatCore  // nameLatin without the suffix's word(s)
	nKinds

	nStored = kSig
)

// source is the stored key a derived key is a prefix of.
var source = [nKinds]kind{kSig: kCode, kNameCore: kName, kPyCore: kPy, kIniCore: kIni, kLatCore: kLat}

func derived(k kind) bool { return k >= nStored }

// The keys each kind of query is matched against.
var (
	hanKinds   = []kind{kName, kNameCore}
	latinKinds = []kind{kPy, kIni, kLat, kLati, kCode, kSig, kPyCore, kIniCore, kLatCore}
)

// keys are an entry's search keys. A marked key (kPy, kLat) carries a bit
// mask of the positions where a syllable or word starts: substring matches
// in it must start there, so that "an" does not find every "yan" and "zhang".
type keys struct {
	k    [nKinds][]byte
	mask [2][]byte // unit starts of kPy, kLat
}

func (ks *keys) maskOf(k kind) []byte {
	switch k {
	case kPy:
		return ks.mask[0]
	case kLat:
		return ks.mask[1]
	}
	return nil
}

func maskLen(n int) int { return (n + 7) / 8 }

func bit(mask []byte, p int) bool { return mask[p>>3]&(1<<(p&7)) != 0 }

// keyBuf builds a marked key.
type keyBuf struct {
	b, m   []byte
	starts []int
}

func (kb *keyBuf) reset() {
	kb.b, kb.m, kb.starts = kb.b[:0], kb.m[:0], kb.starts[:0]
}

func (kb *keyBuf) unit(s string) {
	if len(s) == 0 {
		return
	}
	kb.starts = append(kb.starts, len(kb.b))
	kb.b = append(kb.b, s...)
}

func (kb *keyBuf) mask() []byte {
	kb.m = append(kb.m[:0], make([]byte, maskLen(len(kb.b)))...)
	for _, p := range kb.starts {
		kb.m[p>>3] |= 1 << (p & 7)
	}
	return kb.m
}

// keyMaker computes keys into buffers it reuses: what make returns is valid
// until its next call. The zero value is ready.
type keyMaker struct {
	name, ini, lati, code, run, word []byte
	py, lat                          keyBuf
}

// makeKeys computes the keys of a row into new memory. code and level are
// empty except for regions.
func makeKeys(name, latin, code []byte, level string) keys {
	var km keyMaker
	return km.make(name, latin, code, level)
}

func (km *keyMaker) make(name, latin, code []byte, level string) keys {
	var ks keys
	km.name = append(km.name[:0], name...)
	ks.k[kName] = clip(km.name)
	core := -1 // byte length of the name without its suffix, if it has one
	if level != "" {
		core = coreLen(ks.k[kName])
	}

	py, lat := &km.py, &km.lat
	py.reset()
	lat.reset()
	ini := km.ini[:0]
	run := km.run[:0] // a run of ASCII letters and digits inside a Chinese name is one unit
	flush := func() {
		if len(run) > 0 {
			py.unit(string(run))
			ini = append(ini, run...)
			run = run[:0]
		}
	}
	pyCore, iniCore := 0, 0
	for i, r := range string(ks.k[kName]) {
		if i == core {
			flush()
			pyCore, iniCore = len(py.b), len(ini)
		}
		r = foldWidth(r)
		if c, ok := asciiAlnum(r); ok {
			run = append(run, c)
			continue
		}
		flush()
		if s := syllable(r); s != "" {
			py.unit(s)
			ini = append(ini, s[0])
		}
	}
	flush()
	km.ini, km.run = ini, run
	ks.k[kPy], ks.mask[0] = clip(py.b), py.mask()
	ks.k[kIni] = clip(ini)

	lati := km.lati[:0]
	km.word = eachLatinWord(latin, km.word, func(w []byte) {
		lat.unit(string(w))
		lati = append(lati, w[0])
	})
	km.lati = lati
	// The stored Latin form is usually the same pinyin: index it only when it adds something.
	if !bytes.Equal(lat.b, ks.k[kPy]) {
		ks.k[kLat], ks.mask[1] = clip(lat.b), lat.mask()
	}
	if !bytes.Equal(lati, ks.k[kIni]) && !bytes.Equal(lati, ks.k[kLat]) {
		ks.k[kLati] = clip(lati)
	}

	if core > 0 {
		ks.k[kNameCore] = ks.k[kName][:core]
		if pyCore > 0 && pyCore < len(ks.k[kPy]) {
			ks.k[kPyCore] = ks.k[kPy][:pyCore]
			ks.k[kIniCore] = ks.k[kIni][:iniCore]
			// nameLatin's core: the Latin name without the suffix's pinyin,
			// when that ends it as whole words ("Changchun Shi" → "changchun").
			sfx := ks.k[kPy][pyCore:]
			if l := ks.k[kLat]; len(l) > len(sfx) && bytes.HasSuffix(l, sfx) && bit(ks.mask[1], len(l)-len(sfx)) {
				ks.k[kLatCore] = l[:len(l)-len(sfx)]
			}
		}
	}

	if len(code) > 0 {
		km.code = append(km.code[:0], code...)
		ks.k[kCode] = clip(km.code)
		if n := len(ident.DivisionPrefix(string(code), level)); n < len(code) {
			ks.k[kSig] = ks.k[kCode][:n]
		}
	}
	return ks
}

// regionSuffixes are the generic endings of region names, longest first.
var regionSuffixes = [][]byte{
	[]byte("自治州"), []byte("自治县"), []byte("自治旗"), []byte("街道"), []byte("社区"),
	[]byte("省"), []byte("市"), []byte("州"), []byte("县"), []byte("区"), []byte("旗"),
	[]byte("镇"), []byte("乡"), []byte("村"), []byte("屯"),
}

// ethnicities name the province's autonomous regions ("延边朝鲜族自治州").
var ethnicities = [][]byte{[]byte("朝鲜族"), []byte("蒙古族"), []byte("满族"), []byte("回族"), []byte("锡伯族")}

// coreLen is the byte length of a region name without its generic suffix (and,
// for an autonomous region, the ethnicity before it: 延边 of 延边朝鲜族自治州),
// or -1 when there is no suffix or fewer than two characters would be left.
func coreLen(name []byte) int {
	for _, s := range regionSuffixes {
		if !bytes.HasSuffix(name, s) {
			continue
		}
		n := name[:len(name)-len(s)]
		if bytes.HasPrefix(s, []byte("自治")) {
			for _, e := range ethnicities {
				if bytes.HasSuffix(n, e) {
					n = n[:len(n)-len(e)]
					break
				}
			}
		}
		if utf8.RuneCount(n) < 2 {
			return -1
		}
		return len(n)
	}
	return -1
}

// clip keeps keys within what the base's uint16 lengths can hold.
func clip(b []byte) []byte {
	if len(b) > 0xFFFF {
		return b[:0xFFFF]
	}
	return b
}

var pinyinArgs = pinyin.Args{Style: pinyin.Normal}

const hanFirst, hanLast = 0x4E00, 0x9FFF

// hanTable holds the pinyin of the CJK Unified Ideographs block, computed once:
// the library's per-character conversion is too slow to call 3 million times
// during a load.
var hanTable = sync.OnceValue(func() []string {
	t := make([]string, hanLast-hanFirst+1)
	for r := rune(hanFirst); r <= hanLast; r++ {
		t[r-hanFirst] = convert(r)
	}
	return t
})

// syllable is the pinyin of one character (first reading, no tone, lowercase,
// ü folded to u), or "" if it has none.
func syllable(r rune) string {
	if r >= hanFirst && r <= hanLast {
		return hanTable()[r-hanFirst]
	}
	if r < 0x3000 {
		return ""
	}
	return convert(r)
}

func convert(r rune) string {
	p := pinyin.SinglePinyin(r, pinyinArgs)
	if len(p) == 0 {
		return ""
	}
	b := []byte(p[0])
	for i, c := range b {
		if c == 'v' {
			b[i] = 'u'
		}
	}
	return string(b)
}

// foldWidth maps full-width ASCII (Ａ, １) to ASCII.
func foldWidth(r rune) rune {
	if r >= 0xFF01 && r <= 0xFF5E {
		return r - 0xFF01 + '!'
	}
	if r == 0x3000 {
		return ' '
	}
	return r
}

// asciiAlnum returns the lowercase ASCII letter or digit r is, with ü/v folded to u.
func asciiAlnum(r rune) (byte, bool) {
	switch {
	case r >= '0' && r <= '9':
		return byte(r), true
	case r >= 'a' && r <= 'z', r >= 'A' && r <= 'Z':
		c := byte(unicode.ToLower(r))
		if c == 'v' {
			c = 'u'
		}
		return c, true
	}
	return 0, false
}

// toneless maps pinyin vowels with tone marks (and ü) to plain letters.
var toneless = func() map[rune]byte {
	m := map[rune]byte{}
	for base, marked := range map[byte]string{
		'a': "āáǎàâä",
		'e': "ēéěèêë",
		'i': "īíǐìîï",
		'o': "ōóǒòôö",
		'u': "ūúǔùûüǖǘǚǜ",
		'n': "ńňǹñ",
		'm': "ḿ",
	} {
		for _, r := range marked {
			m[r] = base
			m[unicode.ToUpper(r)] = base
		}
	}
	return m
}()

// latinWords splits a Latin (pinyin) name into lowercase words of letters and
// digits, tone marks stripped and ü/v folded to u; everything else (spaces,
// apostrophes, hyphens) separates words.
func latinWords(s []byte) [][]byte {
	var words [][]byte
	eachLatinWord(s, nil, func(w []byte) { words = append(words, bytes.Clone(w)) })
	return words
}

// eachLatinWord calls fn with each word of s (see latinWords), built in buf,
// and returns buf for reuse.
func eachLatinWord(s, buf []byte, fn func([]byte)) []byte {
	w := buf[:0]
	for len(s) > 0 {
		r, n := utf8.DecodeRune(s)
		s = s[n:]
		r = foldWidth(r)
		c, ok := asciiAlnum(r)
		if !ok && r >= utf8.RuneSelf {
			c, ok = toneless[r]
		}
		if ok {
			w = append(w, c)
			continue
		}
		if len(w) > 0 {
			fn(w)
			w = w[:0]
		}
	}
	if len(w) > 0 {
		fn(w)
	}
	return w
}

// query is a normalised search string.
type query struct {
	q     []byte
	latin bool // matched against pinyin, initials, Latin names and codes; else against names
}

// parseQuery decides how to match s: a query written only in Latin letters
// (with or without tone marks), digits, spaces and apostrophes is matched, with
// the separators removed, against the Latin keys; anything else against names.
func parseQuery(s string) query {
	latin := true
	for _, r := range s {
		r = foldWidth(r)
		if r < utf8.RuneSelf {
			continue
		}
		if _, ok := toneless[r]; !ok {
			latin = false
			break
		}
	}
	if latin {
		return query{q: bytes.Join(latinWords([]byte(s)), nil), latin: true}
	}
	return query{q: []byte(s)}
}

// Match classes, best last.
const (
	none = iota
	substring
	prefix
	exact
)

// matchKey classifies how q occurs in a key of kind k.
func matchKey(q, key, mask []byte, k kind) int {
	if len(key) < len(q) || len(q) == 0 {
		return none
	}
	if key[0] == q[0] && bytes.HasPrefix(key, q) {
		if len(key) == len(q) {
			return exact
		}
		return prefix
	}
	if derived(k) {
		return none
	}
	switch k {
	case kName, kIni, kLati:
		if bytes.Contains(key[1:], q) {
			return substring
		}
	case kPy, kLat:
		c := q[0]
		for p := 1; p+len(q) <= len(key); p++ {
			if key[p] == c && bit(mask, p) && bytes.HasPrefix(key[p:], q) {
				return substring
			}
		}
	}
	return none
}

// score is the best match of q among the keys: (class-1)/3 plus a third of the
// share of the matched key that the query covers, so exact = 1, prefix in
// (1/3, 2/3), substring in (0, 1/3).
func (qq *query) score(ks *keys) float64 {
	best := 0.0
	try := func(k kind) {
		key := ks.k[k]
		if c := matchKey(qq.q, key, ks.maskOf(k), k); c != none {
			if s := classScore(c, len(qq.q), len(key)); s > best {
				best = s
			}
		}
	}
	kinds := latinKinds
	if !qq.latin {
		kinds = hanKinds
	}
	for _, k := range kinds {
		try(k)
	}
	return best
}

func classScore(class, qlen, keylen int) float64 {
	if class == exact {
		return 1
	}
	return (float64(class-1) + float64(qlen)/float64(keylen)) / 3
}
