package account

import (
	"context"
	"strings"

	"grassroots/ent"
	"grassroots/internal/access"
	"grassroots/internal/viewer"
)

// Credentials are what a request carries to say who it acts for.
type Credentials struct {
	// Bearer is the secret of an "Authorization: Bearer" header.
	Bearer string
	// Session is the token of the session cookie.
	Session string
}

// Viewer returns whom a request with these credentials acts for: an
// anonymous viewer without any, an UNAUTHENTICATED error for credentials
// that name no live session or working token.
func (s *Sessions) Viewer(ctx context.Context, cred Credentials) (*viewer.Viewer, error) {
	switch {
	case cred.Bearer != "":
		return tokenViewer(ctx, s.client(ctx), cred.Bearer, s.now())
	case cred.Session != "":
		u, err := s.User(ctx, cred.Session)
		if err != nil {
			return nil, err
		}
		return userViewer(ctx, s.client(ctx), u)
	}
	return &viewer.Viewer{}, nil
}

// Exchange is the session of one request: the token it came with and how a
// new one reaches the client (the HTTP host sets the cookie).
type Exchange struct {
	// Token is the session token the request came with; "" without one.
	Token string
	// Addr is the client's address, for the login throttle.
	Addr string
	// Set sends the client a new session token; Clear removes it.
	Set   func(token string)
	Clear func()
}

type exchangeKey struct{}

// WithExchange returns ctx carrying the request's session exchange.
func WithExchange(ctx context.Context, e *Exchange) context.Context {
	return context.WithValue(ctx, exchangeKey{}, e)
}

func exchangeFrom(ctx context.Context) *Exchange {
	if e, ok := ctx.Value(exchangeKey{}).(*Exchange); ok {
		return e
	}
	return &Exchange{Set: func(string) {}, Clear: func() {}}
}

// SignIn checks the password, ends the session the request came with (a
// token planted before login is never promoted: no session fixation) and
// starts a new one, whose token the exchange sends to the client.
func (s *Sessions) SignIn(ctx context.Context, username, password string) (*viewer.Viewer, *ent.User, error) {
	e := exchangeFrom(ctx)
	u, token, err := s.Login(ctx, strings.TrimSpace(username), password, e.Addr)
	if err != nil {
		return nil, nil, err
	}
	if e.Token != "" {
		if err := s.Logout(ctx, e.Token); err != nil {
			return nil, nil, err
		}
	}
	e.Set(token)
	v, err := userViewer(ctx, s.client(ctx), u)
	return v, u, err
}

// SignOut ends the request's session and removes its cookie. Signing out
// without a session is not an error.
func (s *Sessions) SignOut(ctx context.Context) error {
	e := exchangeFrom(ctx)
	e.Clear()
	if e.Token == "" {
		return nil
	}
	return s.Logout(ctx, e.Token)
}

// renew ends every session of user id after a change of its privileges
// (role, scope, password, disabled). When the user changes their own
// account, the request's session is replaced by a new one.
func (s *Sessions) renew(ctx context.Context, id int, self bool) error {
	if err := s.endAll(ctx, id); err != nil {
		return err
	}
	if !self {
		return nil
	}
	token, err := s.start(ctx, id, s.now())
	if err != nil {
		return err
	}
	exchangeFrom(ctx).Set(token)
	return nil
}

func (s *Sessions) endAll(ctx context.Context, userID int) error {
	_, err := s.client(ctx).Session.Delete().Where(sessionOf(userID)).Exec(access.System(ctx))
	return err
}
