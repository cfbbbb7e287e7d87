import { describe, expect, it } from 'vitest';
import { axisTicks, packLanes } from './Timeline';

describe('timeline layout', () => {
  it('packs overlapping intervals into as few lanes as possible', () => {
    const lanes = packLanes([
      { from: 2000, to: 2010 },
      { from: 2010, to: 2020 },
      { from: 2005, to: 2008 },
    ]);
    expect(lanes.map((l) => l.map((i) => i.from))).toEqual([[2000, 2010], [2005]]);
  });

  it('chooses round years for the axis', () => {
    expect(axisTicks(1976, 2027)).toEqual([1980, 1990, 2000, 2010, 2020]);
    expect(axisTicks(2019, 2027)).toEqual([2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027]);
  });
});
