// Package search is the in-memory name index behind the search box: regions,
// organizations and people by Chinese name, pinyin (full and initials) and code.
//
// # Keys
//
// Every row is indexed under its Chinese name; the full pinyin of the name
// (no tones, no spaces, lowercase, ü written u, so "lv" and "lu" both find 吕);
// the first letters of its syllables ("yjs" for 延吉市); its stored Latin name
// normalised the same way and the first letters of its words, when these differ
// from the pinyin; and, for a region, its 12-digit code, the code's
// significant prefix ("222401" for 222401000000) and its name without the
// generic suffix (延吉 of 延吉市, 延边 of 延边朝鲜族自治州) with that part's
// pinyin and initials, since that is how people name places: "yj", "yanji"
// and "延吉" are exact matches for 延吉市. A query written only in Latin
// letters, digits, spaces and apostrophes is matched, separators removed,
// against the Latin keys and codes; any other query against names.
//
// # Ranking
//
// A row's score is its best match over its keys. Exact (the query is a whole
// key) scores 1; prefix scores 1/3 + c/3 and substring c/3, where c < 1 is the
// share of the matched key the query covers, so within a class shorter names
// come first. In pinyin and Latin names a substring must start at a syllable
// or word ("an" does not find 延吉); codes match only exactly or by prefix.
// Ties go to regions before organizations before people, higher regions before
// lower ones, then title and id, so the order is total and deterministic.
// "yj" thus lists 延吉市 first, then other regions whose short name has those
// initials, then the many people whose initials are exactly "yj".
//
// # Subtitles
//
// A hit's subtitle tells namesakes apart: for a region the names of the regions
// above it, province first ("吉林省 / 延边朝鲜族自治州 / 延吉市"); for an
// organization the path down to its own region, then its kind
// ("… / 依兰镇 / 东光村 · 党支部"); for a person the path of the home region.
//
// # Structure
//
// A base, built in one go by Load (or by compaction), holds the rows in one
// byte arena with a sorted list of all keys (exact and prefix matches are a
// range of it) and posting lists for substrings: per character for names, per
// first three letters at a syllable or word start for Latin keys. Substring
// lists are read only when exact and prefix matches do not fill the page.
// Committed changes go to a small overlay that queries scan in full and that
// shadows the base; when it outgrows 1/16 of the base (and 4,096 rows) it is folded into a
// new base in the background. At province scale (~490k rows) the base takes
// about 70 MiB and builds in about half a second from rows in memory.
package search
