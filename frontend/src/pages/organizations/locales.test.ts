import { describe, expect, it } from 'vitest';
import enRegions from '../../locales/en/regions.json';
import zhRegions from '../../locales/zh-CN/regions.json';
import enOrganizations from '../../locales/en/organizations.json';
import zhOrganizations from '../../locales/zh-CN/organizations.json';
import enPeople from '../../locales/en/people.json';
import zhPeople from '../../locales/zh-CN/people.json';

type Tree = { [k: string]: string | Tree };

function keys(t: Tree, prefix = ''): string[] {
  return Object.entries(t).flatMap(([k, v]) => (typeof v === 'string' ? [prefix + k] : keys(v, `${prefix}${k}.`)));
}

function values(t: Tree): string[] {
  return Object.values(t).flatMap((v) => (typeof v === 'string' ? [v] : values(v)));
}

describe.each([
  ['regions', enRegions, zhRegions],
  ['organizations', enOrganizations, zhOrganizations],
  ['people', enPeople, zhPeople],
])('the %s translations', (_ns, en, zh) => {
  it('have the same keys in English and Chinese', () => {
    expect(keys(zh).sort()).toEqual(keys(en).sort());
  });

  it('have no empty text, and the Chinese is Chinese', () => {
    expect(values(en).every((v) => v.trim() !== '')).toBe(true);
    const han = /\p{Script=Han}/u;
    // Every Chinese text has a Chinese character, except those made only of placeholders and punctuation.
    const untranslated = values(zh).filter((v) => !han.test(v) && /[A-Za-z]{3,}/.test(v.replace(/\{\{\w+\}\}/g, '')));
    expect(untranslated).toEqual([]);
  });
});
