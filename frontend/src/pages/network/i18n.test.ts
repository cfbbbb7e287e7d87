import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import en from '../../locales/en/network.json';
import { keys, type Tree } from '../../test/locales';

describe('network translations', () => {
  it('cover every key the explorer uses', () => {
    const dir = __dirname;
    const used = new Set<string>();
    for (const f of readdirSync(dir).filter((f) => /\.tsx?$/.test(f) && !f.includes('.test.'))) {
      const src = readFileSync(join(dir, f), 'utf8');
      // t('key' …) and t(`key` …) of this namespace; tc(…) is the common one.
      for (const m of src.matchAll(/\bt\(\s*['`]([a-zA-Z0-9_.]+)['`]/g)) used.add(m[1]);
    }
    expect(used.size).toBeGreaterThan(50);
    // The Chinese file has the same keys (src/locales/locales.test.ts).
    const known = new Set(keys(en as Tree));
    expect([...used].filter((k) => !known.has(k))).toEqual([]);
  });
});
