import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/network.json';
import zh from '../../locales/zh-CN/network.json';

type Tree = { [k: string]: string | Tree };
const flatten = (t: Tree, prefix = ''): string[] =>
  Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [`${prefix}${k}`] : flatten(v, `${prefix}${k}.`)));
// Plural forms differ by language (English has _one and _other, Chinese only _other).
const base = (key: string) => key.replace(/_(zero|one|two|few|many|other)$/, '');

describe('network translations', () => {
  it('have the same keys in English and Chinese', () => {
    expect(new Set(flatten(zh as Tree).map(base))).toEqual(new Set(flatten(en as Tree).map(base)));
  });

  it('cover every key the explorer uses', () => {
    const dir = __dirname;
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      // t('key' …) and t(`key` …) of this namespace; tc(…) is the common one.
      for (const m of src.matchAll(/\bt\(\s*['`]([a-zA-Z0-9_.]+)['`]/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    for (const keys of [flatten(en as Tree), flatten(zh as Tree)]) {
      const known = new Set(keys.map(base));
      expect([...used].filter((k) => !known.has(k))).toEqual([]);
    }
  });

  it('use real Chinese in the Chinese file', () => {
    const values = (t: Tree): string[] => Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
    expect(values(zh as Tree).filter((v) => !/[\u4e00-\u9fff]/.test(v))).toEqual([]);
  });
});
