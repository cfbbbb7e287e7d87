import { Client, cacheExchange, fetchExchange } from 'urql';

/** The app talks to the API only through GraphQL at /graphql. */
export function createClient(url = '/graphql'): Client {
  return new Client({ url, exchanges: [cacheExchange, fetchExchange], requestPolicy: 'cache-first' });
}
