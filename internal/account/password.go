// Package account keeps the users: their passwords (argon2id hashes) and
// the operations the command line and the API share to add, list and
// change them.
package account

import (
	"crypto/rand"
	"crypto/subtle"
	"encoding/base64"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"

	"golang.org/x/crypto/argon2"
)

// The argon2id parameters of new hashes: 64 MiB, three passes, two lanes
// (RFC 9106's second recommendation scaled to a 2-core server).
const (
	hashMemory  = 64 * 1024 // KiB
	hashTime    = 3
	hashThreads = 2
	saltLen     = 16
	keyLen      = 32
)

// Password lengths, in characters.
const (
	MinPassword = 10
	MaxPassword = 128
)

// ErrWeakPassword is a password outside MinPassword..MaxPassword.
var ErrWeakPassword = fmt.Errorf("a password has %d to %d characters", MinPassword, MaxPassword)

// Hash returns password's argon2id hash in the PHC string format
// ($argon2id$v=19$m=…,t=…,p=…$salt$key).
func Hash(password string) (string, error) {
	if n := utf8.RuneCountInString(password); n < MinPassword || n > MaxPassword {
		return "", ErrWeakPassword
	}
	salt := make([]byte, saltLen)
	if _, err := rand.Read(salt); err != nil {
		return "", err
	}
	key := argon2.IDKey([]byte(password), salt, hashTime, hashMemory, hashThreads, keyLen)
	return fmt.Sprintf("$argon2id$v=%d$m=%d,t=%d,p=%d$%s$%s", argon2.Version, hashMemory, hashTime, hashThreads,
		b64.EncodeToString(salt), b64.EncodeToString(key)), nil
}

var b64 = base64.RawStdEncoding

// errHash is a stored hash this package cannot read.
var errHash = errors.New("account: unreadable password hash")

// Verify reports whether password matches hash, in time that does not
// depend on where they differ.
func Verify(hash, password string) (bool, error) {
	parts := strings.Split(hash, "$")
	if len(parts) != 6 || parts[1] != "argon2id" {
		return false, errHash
	}
	var version int
	var memory, passes uint32
	var threads uint8
	if _, err := fmt.Sscanf(parts[2], "v=%d", &version); err != nil || version != argon2.Version {
		return false, errHash
	}
	if _, err := fmt.Sscanf(parts[3], "m=%d,t=%d,p=%d", &memory, &passes, &threads); err != nil || memory == 0 || passes == 0 || threads == 0 {
		return false, errHash
	}
	salt, err := b64.DecodeString(parts[4])
	if err != nil {
		return false, errHash
	}
	key, err := b64.DecodeString(parts[5])
	if err != nil || len(key) == 0 {
		return false, errHash
	}
	got := argon2.IDKey([]byte(password), salt, passes, memory, threads, uint32(len(key)))
	return subtle.ConstantTimeCompare(got, key) == 1, nil
}
