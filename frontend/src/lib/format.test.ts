import { describe, expect, it } from 'vitest';
import { formatDate, formatMoney, formatNumber } from './format';
import { toLanguage } from './i18n';

describe('format', () => {
  it('formats numbers, money and dates per language', () => {
    expect(formatNumber(1234567, 'en')).toBe('1,234,567');
    expect(formatNumber(null, 'en')).toBe('—');
    expect(formatMoney(12000, 'zh-CN')).toMatch(/12,000/);
    expect(formatDate('2024-03-05', 'en')).toBe('Mar 5, 2024');
    expect(formatDate('2024-03-05', 'zh-CN')).toBe('2024年3月5日');
    expect(formatDate(undefined, 'en')).toBe('—');
  });

  it('maps browser languages onto the app languages', () => {
    expect(toLanguage('zh')).toBe('zh-CN');
    expect(toLanguage('zh-Hans-CN')).toBe('zh-CN');
    expect(toLanguage('en-GB')).toBe('en');
    expect(toLanguage('fr')).toBe('en');
    expect(toLanguage(undefined)).toBe('en');
  });
});
