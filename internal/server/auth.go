package server

import (
	"bytes"
	"encoding/json"
	"io"
	"net"
	"net/http"
	"strconv"
	"strings"
	"time"

	"github.com/vektah/gqlparser/v2/ast"
	"github.com/vektah/gqlparser/v2/parser"

	"grassroots/graph/extension"
	"grassroots/internal/account"
	"grassroots/internal/fault"
	"grassroots/internal/viewer"
)

// SessionCookie is the name of the cookie holding the session token.
const SessionCookie = "grassroots_session"

// Access configures who may use the API, and how much.
type Access struct {
	// Private refuses every operation to anonymous requests but signing in
	// (serve --private).
	Private bool
	// NoIntrospection switches introspection and GraphiQL off.
	NoIntrospection bool
	// SessionIdle is how long an unused session lasts; default
	// account.DefaultIdle.
	SessionIdle time.Duration
	// Rate is the number of requests per second each client address (and
	// each API token) may make, with bursts of twice as many. Default
	// DefaultRate; negative for no limit.
	Rate float64
	// BehindProxy trusts the reverse proxy in front of the server: the
	// client's address is the last one in X-Forwarded-For, and
	// X-Forwarded-Proto: https makes the session cookie Secure.
	BehindProxy bool
}

// DefaultRate is the default of Access.Rate.
const DefaultRate = 100

// authenticate puts the request's viewer into its context: the user of the
// API token in "Authorization: Bearer", else of the session cookie, else
// anonymous. Credentials that name no live session or working token are
// refused with 401 and UNAUTHENTICATED (a dead cookie is removed), so that
// a client never silently acts as somebody else or as nobody. Each client
// address, and each token, is held to the rate limit.
func authenticate(sessions *account.Sessions, limit *limiter, proxied bool, next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		addr := clientAddr(r, proxied)
		secure := r.TLS != nil || proxied && strings.EqualFold(r.Header.Get("X-Forwarded-Proto"), "https")
		if wait := limit.take("addr:"+addr, time.Now()); wait > 0 {
			tooMany(w, wait)
			return
		}
		cred := credentials(r)
		v, err := sessions.Viewer(r.Context(), cred)
		if err != nil {
			fe, ok := fault.As(err)
			if !ok || fe.Code != fault.Unauthenticated {
				writeError(w, http.StatusServiceUnavailable, &fault.Error{Code: fault.Unavailable, Message: "could not check the credentials; try again"})
				return
			}
			if cred.Bearer == "" && signInOnly(r) {
				// signing in (or out) again needs no live session: the
				// request goes on as nobody's, and login or logout replaces
				// the dead cookie
				cred.Session, v, err = "", &viewer.Viewer{}, nil
			}
			if err != nil {
				if cred.Bearer == "" {
					http.SetCookie(w, sessionCookie(secure, "", -1))
				}
				w.Header().Set("WWW-Authenticate", `Bearer realm="grassroots"`)
				writeError(w, http.StatusUnauthorized, fe)
				return
			}
		}
		if v.TokenID != 0 {
			if wait := limit.take("token:"+v.Username+"/"+v.TokenName, time.Now()); wait > 0 {
				tooMany(w, wait)
				return
			}
		}
		v.RequestID = RequestID(r.Context())
		ex := &account.Exchange{
			Token: cred.Session,
			Addr:  addr,
			Set:   func(token string) { http.SetCookie(w, sessionCookie(secure, token, 0)) },
			Clear: func() { http.SetCookie(w, sessionCookie(secure, "", -1)) },
		}
		ctx := viewer.NewContext(account.WithExchange(r.Context(), ex), v)
		next.ServeHTTP(w, r.WithContext(ctx))
	})
}

// signInOnly reports whether r is a POST whose operation selects nothing
// but login and logout. The body has been read into memory (limitBody).
func signInOnly(r *http.Request) bool {
	if r.Method != http.MethodPost || r.Body == nil {
		return false
	}
	body, err := io.ReadAll(r.Body)
	r.Body = io.NopCloser(bytes.NewReader(body))
	if err != nil {
		return false
	}
	var p struct {
		Query         string `json:"query"`
		OperationName string `json:"operationName"`
	}
	if json.Unmarshal(body, &p) != nil {
		return false
	}
	doc, gerr := parser.ParseQuery(&ast.Source{Input: p.Query})
	if gerr != nil {
		return false
	}
	return extension.SignsInOnly(doc.Operations.ForName(p.OperationName))
}

// credentials reads the bearer token or the session cookie.
func credentials(r *http.Request) account.Credentials {
	if h := r.Header.Get("Authorization"); h != "" {
		scheme, secret, _ := strings.Cut(h, " ")
		if strings.EqualFold(scheme, "Bearer") {
			return account.Credentials{Bearer: strings.TrimSpace(secret)}
		}
		return account.Credentials{Bearer: "-"} // an unknown scheme is refused like a bad token
	}
	if c, err := r.Cookie(SessionCookie); err == nil && c.Value != "" {
		return account.Credentials{Session: c.Value}
	}
	return account.Credentials{}
}

// sessionCookie is the session cookie holding token; maxAge -1 removes it.
// It lasts as long as the browser session (the server ends idle sessions),
// is sent only over TLS when the request came over TLS (secure), never
// reaches scripts, and is not sent with cross-site subrequests.
func sessionCookie(secure bool, token string, maxAge int) *http.Cookie {
	return &http.Cookie{
		Name: SessionCookie, Value: token, Path: "/", MaxAge: maxAge,
		HttpOnly: true, Secure: secure, SameSite: http.SameSiteLaxMode,
	}
}

// clientAddr is the client's IP address: the connection's, or behind a
// trusted proxy the last address the proxy appended to X-Forwarded-For.
func clientAddr(r *http.Request, proxied bool) string {
	if proxied {
		if hops := r.Header.Values("X-Forwarded-For"); len(hops) > 0 {
			last := hops[len(hops)-1]
			if i := strings.LastIndexByte(last, ','); i >= 0 {
				last = last[i+1:]
			}
			if ip := net.ParseIP(strings.TrimSpace(last)); ip != nil {
				return ip.String()
			}
		}
	}
	host, _, err := net.SplitHostPort(r.RemoteAddr)
	if err != nil {
		return r.RemoteAddr
	}
	return host
}

func tooMany(w http.ResponseWriter, wait time.Duration) {
	secs := int(wait.Seconds()) + 1
	w.Header().Set("Retry-After", strconv.Itoa(secs))
	writeError(w, http.StatusTooManyRequests, &fault.Error{Code: fault.RateLimited, Message: "too many requests; slow down", RetryAfter: time.Duration(secs) * time.Second})
}

// contentSecurityPolicy fits the web app: its own scripts, styles (React
// sets style attributes), workers and images, the API on the same origin,
// never framed.
const contentSecurityPolicy = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; " +
	"img-src 'self' data: blob:; font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; " +
	"object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"

// secureHeaders sets the security headers of every answer.
func secureHeaders(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		h := w.Header()
		h.Set("Content-Security-Policy", contentSecurityPolicy)
		h.Set("X-Content-Type-Options", "nosniff")
		h.Set("X-Frame-Options", "DENY")
		h.Set("Referrer-Policy", "same-origin")
		next.ServeHTTP(w, r)
	})
}
