import { Client, cacheExchange, fetchExchange, mapExchange, type CombinedError } from 'urql';

/**
 * Whether an error is the server turning away a dead session: a cookie that
 * has ended, been revoked or was never issued gets HTTP 401 with an
 * UNAUTHENTICATED error, and the server clears the cookie. (A wrong password
 * at login is also UNAUTHENTICATED, but comes with 200.)
 */
export function isDeadSession(error: CombinedError | undefined): boolean {
  return error?.response?.status === 401;
}

/**
 * The app talks to the API only through GraphQL at /graphql. The cache is the
 * client's own: a client lives for one viewer (see SessionProvider), so data
 * read under one session is never shown under another. onDeadSession is told
 * when the server answers 401 (the session cookie is dead).
 */
export function createClient(url = '/graphql', onDeadSession?: () => void): Client {
  const session = mapExchange({
    onError(error) {
      if (isDeadSession(error)) onDeadSession?.();
    },
  });
  return new Client({ url, exchanges: [cacheExchange, session, fetchExchange], requestPolicy: 'cache-first' });
}
