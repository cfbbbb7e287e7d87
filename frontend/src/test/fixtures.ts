import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  buildSchema,
  execute,
  validate,
  type DocumentNode,
  type GraphQLFieldResolver,
  type GraphQLSchema,
  type GraphQLTypeResolver,
} from 'graphql';
import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { Client, makeErrorResult, makeResult, type Exchange, type Operation } from 'urql';
import { filter, fromValue, mergeMap, pipe, delay as wait } from 'wonka';
import { CombinedError } from '@urql/core';

/** The server's schema, from the same graph/*.graphqls files the server is generated from. */
let schema: GraphQLSchema | undefined;
export function serverSchema(): GraphQLSchema {
  if (!schema) {
    const dir = join(__dirname, '../../../graph');
    const sdl = readdirSync(dir)
      .filter((f) => f.endsWith('.graphqls'))
      .sort()
      .map((f) => readFileSync(join(dir, f), 'utf8'))
      .join('\n');
    schema = buildSchema(sdl);
  }
  return schema;
}

/** A canned answer to one operation, as the server would send it. */
export interface Fixture<R = unknown, V = Record<string, unknown>> {
  query: TypedDocumentNode<R, V> | DocumentNode;
  /** When given, the fixture only answers these variables (compared as JSON). */
  variables?: V;
  data?: R;
  /** An error answer instead of data: its message and extensions (code, field, and any others such as retryAfter). */
  error?: { message: string; code?: string; field?: string; extensions?: Record<string, unknown> };
  /** Milliseconds before the answer arrives. */
  delay?: number;
}

/** Typed helper so fixtures are checked by the compiler against their operation. */
export function fixture<R, V>(f: Fixture<R, V>): Fixture<R, V> {
  return f;
}

const strip = (v: unknown): unknown => {
  if (Array.isArray(v)) return v.map(strip);
  if (v && typeof v === 'object') {
    return Object.fromEntries(
      Object.entries(v)
        .filter(([k]) => k !== '__typename')
        .map(([k, x]) => [k, strip(x)]),
    );
  }
  return v;
};

/**
 * Throws unless the fixture's data is exactly what the operation selects,
 * with the schema's types: the operation must validate against the schema,
 * and executing it over the fixture (each field read by its response key)
 * must give back the fixture — no missing fields, no extra ones, no wrong
 * enum values or types. Objects behind an interface need __typename.
 */
export function checkFixture(f: Fixture<unknown, Record<string, unknown>>): void {
  const s = serverSchema();
  const errors = validate(s, f.query as DocumentNode);
  if (errors.length) throw new Error(`operation does not validate: ${errors.map((e) => e.message).join('; ')}`);
  if (f.data === undefined) return;
  const fieldResolver: GraphQLFieldResolver<Record<string, unknown>, unknown> = (source, _args, _ctx, info) => {
    const key = info.path.key as string;
    if (!source || !(key in source)) throw new Error(`fixture lacks ${key}`);
    return source[key];
  };
  const typeResolver: GraphQLTypeResolver<Record<string, unknown>, unknown> = (value) => {
    const t = value?.__typename;
    if (typeof t !== 'string') throw new Error('fixture object behind an interface lacks __typename');
    return t;
  };
  const result = execute({
    schema: s,
    document: f.query as DocumentNode,
    rootValue: f.data,
    variableValues: f.variables as Record<string, unknown> | undefined,
    fieldResolver,
    typeResolver,
  });
  if ('then' in result) throw new Error('unexpected asynchronous execution');
  if (result.errors?.length) {
    throw new Error(`fixture does not match its operation: ${result.errors.map((e) => `${e.message} at ${e.path?.join('.')}`).join('; ')}`);
  }
  const got = JSON.stringify(strip(result.data));
  const want = JSON.stringify(strip(f.data));
  if (got !== want) throw new Error(`fixture has fields its operation does not select:\nwant ${got}\nhave ${want}`);
}

const opName = (d: DocumentNode) => {
  for (const def of d.definitions) if (def.kind === 'OperationDefinition') return def.name?.value;
  return undefined;
};

/**
 * A urql client answering from fixtures, each checked with checkFixture
 * first. An operation without a fixture fails the test that sent it.
 */
export function fixtureClient(fixtures: Fixture<unknown, any>[]): Client & { operations: Operation[] } {
  fixtures.forEach((f) => checkFixture(f));
  const operations: Operation[] = [];
  const exchange: Exchange = () => (ops$) =>
    pipe(
      ops$,
      filter((op) => op.kind !== 'teardown'),
      mergeMap((op) => {
        operations.push(op);
        const name = opName(op.query);
        const f = fixtures.find(
          (x) => opName(x.query as DocumentNode) === name && (x.variables === undefined || JSON.stringify(x.variables) === JSON.stringify(op.variables)),
        );
        let res;
        if (!f) {
          res = makeErrorResult(op, new Error(`no fixture for ${name} ${JSON.stringify(op.variables)}`));
        } else if (f.error) {
          res = makeResult(op, {
            errors: [{ message: f.error.message, extensions: { code: f.error.code, field: f.error.field, ...f.error.extensions } }],
            data: null,
          });
        } else {
          res = makeResult(op, { data: f.data as Record<string, unknown> });
        }
        return f?.delay ? pipe(fromValue(res), wait(f.delay)) : fromValue(res);
      }),
    );
  const client = new Client({ url: 'http://fixtures.invalid/graphql', exchanges: [exchange] }) as Client & { operations: Operation[] };
  client.operations = operations;
  return client;
}

export { CombinedError };
