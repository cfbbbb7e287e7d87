import { describe, expect, it } from 'vitest';
import en from '../../locales/en/search.json';
import zh from '../../locales/zh-CN/search.json';

/** Every key path of a translation file, plural forms folded into their base key. */
function keys(o: Record<string, unknown>, prefix = ''): string[] {
  return Object.entries(o)
    .flatMap(([k, v]) => (v && typeof v === 'object' ? keys(v as Record<string, unknown>, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(zero|one|two|few|many|other)$/, '')}`]))
    .filter((k, i, all) => all.indexOf(k) === i)
    .sort();
}

describe('search translations', () => {
  it('has the same keys in English and Chinese', () => {
    expect(keys(zh)).toEqual(keys(en));
  });

  it('translates every string into Chinese', () => {
    const values = (o: Record<string, unknown>): string[] => Object.values(o).flatMap((v) => (typeof v === 'string' ? [v] : values(v as Record<string, unknown>)));
    for (const v of values(zh)) expect(v).toMatch(/[\u4e00-\u9fff]|^[{}\s\d]+$/);
  });
});
