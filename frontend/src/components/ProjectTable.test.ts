import { describe, expect, it } from 'vitest';
import { latestIncome } from './ProjectTable';

describe('latestIncome', () => {
  it('takes the latest year of income', () => {
    expect(latestIncome([{ year: 2011, income: 1 }, { year: 2012, income: 2 }, { year: 2009, income: 3 }])).toEqual({ year: 2012, income: 2 });
    expect(latestIncome(null)).toBeUndefined();
  });
});
