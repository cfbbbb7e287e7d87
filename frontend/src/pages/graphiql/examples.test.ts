import { describe, expect, it } from 'vitest';
import { getVariableValues, parse, validate, type OperationDefinitionNode } from 'graphql';
import { serverSchema } from '../../test/fixtures';
import en from '../../locales/en/graphiql.json';
import zh from '../../locales/zh-CN/graphiql.json';
import { examples } from './examples';

describe('example queries', () => {
  it('are at least six, each with its own id', () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    expect(new Set(examples.map((e) => e.id)).size).toBe(examples.length);
  });

  it.each(examples.map((e) => [e.id, e] as const))('%s validates against the schema, and so do its variables', (_id, e) => {
    const schema = serverSchema();
    const doc = parse(e.query);
    expect(validate(schema, doc).map((err) => err.message)).toEqual([]);
    const ops = doc.definitions.filter((d): d is OperationDefinitionNode => d.kind === 'OperationDefinition');
    expect(ops).toHaveLength(1);
    expect(ops[0].name?.value).toBeTruthy();
    const coerced = getVariableValues(schema, ops[0].variableDefinitions ?? [], e.variables ?? {});
    expect(coerced.errors?.map((err) => err.message)).toBeUndefined();
  });

  it('have a title and a description in English and Chinese', () => {
    for (const e of examples) {
      for (const locale of [en, zh]) {
        const text = (locale.examples as Record<string, { title?: string; description?: string }>)[e.id];
        expect(text?.title, e.id).toBeTruthy();
        expect(text?.description, e.id).toBeTruthy();
      }
    }
    expect(Object.keys(en.examples).sort()).toEqual(examples.map((e) => e.id).sort());
  });
});
