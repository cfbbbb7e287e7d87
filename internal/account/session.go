package account

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"sync"
	"time"
	"unicode/utf8"

	"grassroots/ent"
	"grassroots/ent/predicate"
	"grassroots/ent/session"
	"grassroots/ent/user"
	"grassroots/internal/access"
	"grassroots/internal/fault"
)

// Sessions signs users in and out and tells which user a session token
// belongs to. Sessions live in the database; the token is only in the
// client's cookie, the database keeps its SHA-256.
type Sessions struct {
	Client *ent.Client
	// Idle is how long an unused session lasts.
	Idle time.Duration
	// Now is the clock (time.Now when nil).
	Now func() time.Time

	throttle throttle
}

// DefaultIdle is how long an unused session lasts unless set otherwise.
const DefaultIdle = 12 * time.Hour

// The login throttle: after maxFailures failed logins for one account or
// from one client address within failureWindow, further attempts for it
// wait lockout.
const (
	maxFailures   = 5
	failureWindow = 15 * time.Minute
	lockout       = 15 * time.Minute
)

// ErrBadCredentials is every refused login: an unknown user, a disabled
// one and a wrong password look the same.
var ErrBadCredentials = &fault.Error{Code: fault.Unauthenticated, Message: "the username or the password is wrong"}

// errNoSession is a token that names no live session.
var errNoSession = &fault.Error{Code: fault.Unauthenticated, Message: "not signed in, or the session has ended"}

// dummyHash is verified against when the username is unknown, so that a
// refusal takes as long whether the user exists or not.
var dummyHash = func() string {
	h, err := Hash("an unguessable placeholder password")
	if err != nil {
		panic(err)
	}
	return h
}()

// client is the transaction's client inside a mutation, else Client.
func (s *Sessions) client(ctx context.Context) *ent.Client {
	if c := ent.FromContext(ctx); c != nil {
		return c
	}
	return s.Client
}

func (s *Sessions) now() time.Time {
	if s.Now != nil {
		return s.Now()
	}
	return time.Now()
}

func (s *Sessions) idle() time.Duration {
	if s.Idle > 0 {
		return s.Idle
	}
	return DefaultIdle
}

// Login checks a user's password and starts a session: it returns the user
// and the new session's token, for the cookie. addr is the client's address,
// which the throttle counts failures by as it does by username.
func (s *Sessions) Login(ctx context.Context, username, password, addr string) (*ent.User, string, error) {
	now := s.now()
	keys := []string{"user:" + username, "addr:" + addr}
	if wait := s.throttle.wait(now, keys); wait > 0 {
		return nil, "", &fault.Error{Code: fault.RateLimited, Message: "too many failed logins; try again later", RetryAfter: wait}
	}
	if len(username) > 64 || utf8.RuneCountInString(password) > MaxPassword {
		// no account has such a name or password: refused without reading
		// or hashing anything, whoever the user is
		s.throttle.fail(now, keys)
		return nil, "", ErrBadCredentials
	}
	u, err := s.client(ctx).User.Query().Where(user.Username(username)).Only(access.System(ctx))
	if err != nil && !ent.IsNotFound(err) {
		return nil, "", err
	}
	hash := dummyHash
	if u != nil {
		hash = u.PasswordHash
	}
	ok, err := Verify(hash, password)
	if err != nil {
		return nil, "", err
	}
	if u == nil || !ok || u.Disabled {
		s.throttle.fail(now, keys)
		return nil, "", ErrBadCredentials
	}
	s.throttle.clear("user:" + username)
	token, err := s.start(ctx, u.ID, now)
	if err != nil {
		return nil, "", err
	}
	return u, token, nil
}

// start stores a new session for the user and returns its token.
func (s *Sessions) start(ctx context.Context, userID int, now time.Time) (string, error) {
	raw := make([]byte, 32)
	if _, err := rand.Read(raw); err != nil {
		return "", err
	}
	token := base64.RawURLEncoding.EncodeToString(raw)
	err := s.client(ctx).Session.Create().SetTokenHash(tokenHash(token)).SetUserID(userID).
		SetCreatedAt(now).SetLastSeenAt(now).Exec(access.System(ctx))
	return token, err
}

// User returns the user of a live session and marks it used. A session of a
// disabled user, or idle for longer than Idle, has ended.
func (s *Sessions) User(ctx context.Context, token string) (*ent.User, error) {
	now := s.now()
	ctx = access.System(ctx)
	se, err := s.client(ctx).Session.Query().Where(session.TokenHash(tokenHash(token))).WithUser().Only(ctx)
	if ent.IsNotFound(err) {
		return nil, errNoSession
	}
	if err != nil {
		return nil, err
	}
	if now.Sub(se.LastSeenAt) > s.idle() || se.Edges.User.Disabled {
		return nil, errNoSession
	}
	if now.Sub(se.LastSeenAt) > time.Minute { // a write per minute of use, not per request
		if err := s.client(ctx).Session.UpdateOne(se).SetLastSeenAt(now).Exec(ctx); err != nil {
			return nil, err
		}
	}
	return se.Edges.User, nil
}

// Logout ends the session of token; ending one that has ended already is
// not an error.
func (s *Sessions) Logout(ctx context.Context, token string) error {
	_, err := s.client(ctx).Session.Delete().Where(session.TokenHash(tokenHash(token))).Exec(access.System(ctx))
	return err
}

func sessionOf(userID int) predicate.Session { return session.UserID(userID) }

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// throttle counts failed logins per key (an account, a client address) in
// this process.
type throttle struct {
	mu       sync.Mutex
	failures map[string][]time.Time // recent failures, oldest first
}

// wait is how long the keys' attempts must still wait, 0 for none.
func (t *throttle) wait(now time.Time, keys []string) time.Duration {
	t.mu.Lock()
	defer t.mu.Unlock()
	var longest time.Duration
	for _, k := range keys {
		fs := t.recent(now, k)
		if len(fs) >= maxFailures {
			longest = max(longest, fs[len(fs)-1].Add(lockout).Sub(now))
		}
	}
	return longest
}

func (t *throttle) fail(now time.Time, keys []string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	if t.failures == nil {
		t.failures = map[string][]time.Time{}
	}
	if len(t.failures) > maxTracked { // keys are the clients' to choose: forget the stale ones
		for k := range t.failures {
			t.recent(now, k)
		}
	}
	for _, k := range keys {
		t.failures[k] = append(t.recent(now, k), now)
	}
}

// maxTracked is how many keys the throttle holds before it drops the stale.
const maxTracked = 10_000

func (t *throttle) clear(key string) {
	t.mu.Lock()
	defer t.mu.Unlock()
	delete(t.failures, key)
}

// recent drops the key's failures older than the window (or than the
// lockout, for the last one) and returns the rest.
func (t *throttle) recent(now time.Time, key string) []time.Time {
	fs := t.failures[key]
	for len(fs) > 0 && now.Sub(fs[0]) > max(failureWindow, lockout) {
		fs = fs[1:]
	}
	if len(fs) == 0 {
		delete(t.failures, key)
		return nil
	}
	t.failures[key] = fs
	return fs
}
