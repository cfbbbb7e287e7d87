package account

import (
	"strings"
	"testing"
)

func TestHashAndVerify(t *testing.T) {
	h, err := Hash("correct horse battery")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(h, "$argon2id$v=19$m=65536,t=3,p=2$") {
		t.Fatalf("hash %q", h)
	}
	if h2, _ := Hash("correct horse battery"); h2 == h {
		t.Fatal("two hashes of one password are equal: the salt is not random")
	}
	for _, c := range []struct {
		password string
		ok       bool
	}{{"correct horse battery", true}, {"correct horse batterY", false}, {"", false}, {"correct horse battery ", false}} {
		ok, err := Verify(h, c.password)
		if err != nil || ok != c.ok {
			t.Errorf("Verify(%q) = %v, %v; want %v", c.password, ok, err, c.ok)
		}
	}
	for _, bad := range []string{"", "plain", "$argon2i$v=19$m=65536,t=3,p=2$c2FsdA$a2V5", "$argon2id$v=18$m=65536,t=3,p=2$c2FsdA$a2V5",
		"$argon2id$v=19$m=0,t=3,p=2$c2FsdA$a2V5", "$argon2id$v=19$m=65536,t=3,p=2$!!$a2V5", "$argon2id$v=19$m=65536,t=3,p=2$c2FsdA$"} {
		if ok, err := Verify(bad, "correct horse battery"); ok || err == nil {
			t.Errorf("Verify(%q) = %v, %v; want an error", bad, ok, err)
		}
	}
	for _, weak := range []string{"short", strings.Repeat("长", MaxPassword+1)} {
		if _, err := Hash(weak); err != ErrWeakPassword {
			t.Errorf("Hash(%d characters) = %v, want ErrWeakPassword", len([]rune(weak)), err)
		}
	}
	if _, err := Hash(strings.Repeat("长", MinPassword)); err != nil {
		t.Errorf("ten Chinese characters: %v", err)
	}
}
