import { describe, expect, it } from 'vitest';
import { keys, values, type Tree } from '../test/locales';

const files = import.meta.glob<Tree>('./*/*.json', { eager: true, import: 'default' });
const namespaces = [...new Set(Object.keys(files).map((f) => f.split('/')[2].replace(/\.json$/, '')))].sort();
const file = (lang: string, ns: string) => files[`./${lang}/${ns}.json`];

describe('translations', () => {
  it('come in both languages for every namespace', () => {
    expect(namespaces.length).toBeGreaterThanOrEqual(7);
    for (const ns of namespaces) {
      expect(file('en', ns), `en/${ns}`).toBeDefined();
      expect(file('zh-CN', ns), `zh-CN/${ns}`).toBeDefined();
    }
  });

  describe.each(namespaces)('%s', (ns) => {
    it('has the same keys in English and Chinese', () => {
      expect(keys(file('zh-CN', ns))).toEqual(keys(file('en', ns)));
    });

    it('has no empty text, and its Chinese is Chinese', () => {
      expect(values(file('en', ns)).filter((v) => v.trim() === '')).toEqual([]);
      // Text without a Chinese character is allowed only when it is placeholders, numbers, punctuation or a name (GraphiQL).
      const untranslated = values(file('zh-CN', ns)).filter((v) => !/\p{Script=Han}/u.test(v) && /[A-Za-z]{3,}/.test(v.replace(/\{\{\w+\}\}|GraphiQL|English/g, '')));
      expect(untranslated).toEqual([]);
    });
  });
});
