package scalar

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
	"time"
)

func TestDate(t *testing.T) {
	for in, want := range map[any]string{
		"2011-12-31": "", "2011-02-30": "not a valid date", "2011/12/31": "not a valid date",
		"1800-01-01": "out of range", 20111231: "must be a string",
	} {
		d, err := UnmarshalDate(in)
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), want)) {
			t.Errorf("UnmarshalDate(%v) = %v, %v; want %q", in, d, err, want)
		}
	}
	var b bytes.Buffer
	MarshalDate(time.Date(2011, 12, 31, 23, 0, 0, 0, time.UTC)).MarshalGQL(&b)
	if b.String() != `"2011-12-31"` {
		t.Errorf("MarshalDate = %s", b.String())
	}
}

func TestID(t *testing.T) {
	for in, want := range map[any]string{
		"8589934593": "", json.Number("42"): "", int64(7): "",
		"abc": "not a valid ID", "-1": "positive", "0": "positive", 1.5: "string of digits",
	} {
		_, err := UnmarshalID(in)
		if (want == "") != (err == nil) || (err != nil && !strings.Contains(err.Error(), want)) {
			t.Errorf("UnmarshalID(%v) = %v; want %q", in, err, want)
		}
	}
	var b bytes.Buffer
	MarshalID(8589934593).MarshalGQL(&b)
	if b.String() != `"8589934593"` {
		t.Errorf("MarshalID = %s", b.String())
	}
}

func TestJSON(t *testing.T) {
	var b strings.Builder
	MarshalJSON(map[string]any{"a": []any{"x", 1.5, nil}}).MarshalGQL(&b)
	if b.String() != `{"a":["x",1.5,null]}` {
		t.Errorf("JSON = %q", b.String())
	}
}
