package account

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/base64"
	"encoding/hex"
	"time"
	"unicode/utf8"

	"grassroots/ent"
	"grassroots/ent/loginfailure"
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
}

// DefaultIdle is how long an unused session lasts unless set otherwise.
const DefaultIdle = 12 * time.Hour

// The login throttle: after maxFailures failed logins for one account or
// from one client address within failureWindow, further attempts for it
// wait lockout. The failures are kept in the database (LoginFailure).
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
	if len(keys[0]) > 200 {
		keys[0] = keys[0][:200]
	}
	th := throttle{s}
	wait, err := th.wait(ctx, now, keys)
	if err != nil {
		return nil, "", err
	}
	if wait > 0 {
		return nil, "", &fault.Error{Code: fault.RateLimited, Message: "too many failed logins; try again later", RetryAfter: wait}
	}
	if len(username) > 64 || utf8.RuneCountInString(password) > MaxPassword {
		// no account has such a name or password: refused without reading
		// or hashing anything, whoever the user is
		return nil, "", refused(th.fail(ctx, now, keys))
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
		return nil, "", refused(th.fail(ctx, now, keys))
	}
	if err := th.clear(ctx, keys[0]); err != nil {
		return nil, "", err
	}
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

// refused is a refused login, once its failure is recorded (err).
func refused(err error) error {
	if err != nil {
		return err
	}
	return ErrBadCredentials
}

func sessionOf(userID int) predicate.Session { return session.UserID(userID) }

func tokenHash(token string) string {
	sum := sha256.Sum256([]byte(token))
	return hex.EncodeToString(sum[:])
}

// throttle counts failed logins per key (an account, a client address) in
// the database, so that every server process sharing it counts them all.
type throttle struct{ s *Sessions }

// wait is how long the keys' attempts must still wait, 0 for none: a key
// with maxFailures failures within failureWindow waits until lockout after
// its last one.
func (t throttle) wait(ctx context.Context, now time.Time, keys []string) (time.Duration, error) {
	fs, err := t.s.Client.LoginFailure.Query().
		Where(loginfailure.KeyIn(keys...), loginfailure.AtGT(now.Add(-max(failureWindow, lockout)))).
		All(access.System(ctx))
	if err != nil {
		return 0, err
	}
	var longest time.Duration
	for _, k := range keys {
		var n int
		var last time.Time
		for _, f := range fs {
			if f.Key == k {
				n++
				if f.At.After(last) {
					last = f.At
				}
			}
		}
		if n >= maxFailures {
			longest = max(longest, last.Add(lockout).Sub(now))
		}
	}
	return longest, nil
}

// fail records a failure against each key, and forgets the failures that
// no longer count.
func (t throttle) fail(ctx context.Context, now time.Time, keys []string) error {
	ctx = access.System(ctx)
	rows := make([]*ent.LoginFailureCreate, len(keys))
	for i, k := range keys {
		rows[i] = t.s.Client.LoginFailure.Create().SetKey(k).SetAt(now)
	}
	if err := t.s.Client.LoginFailure.CreateBulk(rows...).Exec(ctx); err != nil {
		return err
	}
	_, err := t.s.Client.LoginFailure.Delete().Where(loginfailure.AtLT(now.Add(-max(failureWindow, lockout)))).Exec(ctx)
	return err
}

// clear forgets a key's failures (an account's, once it signs in).
func (t throttle) clear(ctx context.Context, key string) error {
	_, err := t.s.Client.LoginFailure.Delete().Where(loginfailure.Key(key)).Exec(access.System(ctx))
	return err
}
