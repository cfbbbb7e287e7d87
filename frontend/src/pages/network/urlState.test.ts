import { describe, expect, it } from 'vitest';
import { DEFAULT_PARAMS, isIsoDate, readParams, writeParams, type NetworkParams } from './urlState';

const read = (qs: string) => readParams(new URLSearchParams(qs));

describe('readParams', () => {
  it('reads every part of the view from the address', () => {
    expect(read('seeds=1,2&depth=2&kinds=VILLAGE_VILLAGE,INDUSTRY_CHAIN&h=1&asOf=2015-12-31&max=1000&x=3:200,4:50&path=1,9&sel=3')).toEqual({
      seeds: ['1', '2'],
      depth: 2,
      kinds: ['VILLAGE_VILLAGE', 'INDUSTRY_CHAIN'],
      hierarchy: true,
      asOf: '2015-12-31',
      maxNodes: 1000,
      expansions: [
        { id: '3', maxNodes: 200 },
        { id: '4', maxNodes: 50 },
      ],
      path: ['1', '9'],
      selected: '3',
    } satisfies NetworkParams);
  });

  it('falls back to defaults for anything malformed', () => {
    expect(read('')).toEqual(DEFAULT_PARAMS);
    const p = read('seeds=,1,,1,&depth=7&kinds=NOPE&h=yes&asOf=2015-02-30&max=abc&x=5:999999,5:50,:3&path=1&sel=');
    expect(p.seeds).toEqual(['1']);
    expect(p.depth).toBe(1);
    expect(p.kinds).toBeNull();
    expect(p.hierarchy).toBe(false);
    expect(p.asOf).toBeNull();
    expect(p.maxNodes).toBe(50);
    expect(p.expansions).toEqual([{ id: '5', maxNodes: 5000 }]);
    expect(p.path).toBeNull();
    expect(p.selected).toBeNull();
  });

  it('reads a path from an organization to itself as no path', () => {
    expect(read('path=4,4').path).toBeNull();
  });

  it('reads a full list of link kinds as every kind, in the canonical order otherwise', () => {
    expect(read('kinds=VILLAGE_VILLAGE,VILLAGE_ENTERPRISE,VILLAGE_COMMUNITY,URBAN_RURAL_TWINNING,INDUSTRY_CHAIN,MILITARY_CIVILIAN').kinds).toBeNull();
    expect(read('kinds=MILITARY_CIVILIAN,VILLAGE_VILLAGE').kinds).toEqual(['VILLAGE_VILLAGE', 'MILITARY_CIVILIAN']);
  });

  it('snaps request sizes to the ladder', () => {
    expect(read('max=300').maxNodes).toBe(500);
    expect(read('x=1:51').expansions[0].maxNodes).toBe(200);
  });
});

describe('writeParams', () => {
  it('leaves defaults out, so a fresh view has a bare address', () => {
    expect(writeParams(DEFAULT_PARAMS).toString()).toBe('');
    expect(writeParams({ ...DEFAULT_PARAMS, seeds: ['7'] }).toString()).toBe('seeds=7');
  });

  it('round-trips through readParams', () => {
    const p: NetworkParams = {
      seeds: ['1', '2'],
      depth: 3,
      kinds: ['URBAN_RURAL_TWINNING'],
      hierarchy: true,
      asOf: '2012-06-01',
      maxNodes: 2000,
      expansions: [{ id: '5', maxNodes: 200 }],
      path: ['1', '8'],
      selected: '5',
    };
    expect(readParams(writeParams(p))).toEqual(p);
  });
});

describe('isIsoDate', () => {
  it('accepts real calendar dates only', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2023-02-29')).toBe(false);
    expect(isIsoDate('2024-2-9')).toBe(false);
    expect(isIsoDate('today')).toBe(false);
  });
});
