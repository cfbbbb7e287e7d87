import { describe, expect, it } from 'vitest';
import { expandOption, withExpansion } from './actions';
import { nextExpansionSize, snapToStep, stepAbove } from './steps';

describe('request size ladder', () => {
  it('steps up 50 → 200 → 500 → 1000 → 2000 → 5000 and stops at the limit', () => {
    const seen: number[] = [];
    for (let n = stepAbove(0); ; n = stepAbove(n)) {
      seen.push(n);
      if (n === 5000) break;
    }
    expect(seen).toEqual([50, 200, 500, 1000, 2000, 5000]);
    expect(stepAbove(5000)).toBe(5000);
    expect(snapToStep(1)).toBe(50);
    expect(snapToStep(1e9)).toBe(5000);
  });

  it('asks for more than what is on screen, and nothing once every neighbour is there', () => {
    // 10 neighbours on screen of 300: the first page must hold more than 10 + the node itself.
    expect(nextExpansionSize(10, 300, undefined)).toBe(50);
    // 60 on screen already: 50 would add nothing.
    expect(nextExpansionSize(60, 300, undefined)).toBe(200);
    // Opened at 200, still short: the next page.
    expect(nextExpansionSize(199, 300, 200)).toBe(500);
    expect(nextExpansionSize(300, 300, 500)).toBeNull();
    expect(nextExpansionSize(4999, 9000, 5000)).toBeNull();
  });
});

describe('expandOption / withExpansion', () => {
  it('opens a node once, then pages it', () => {
    const node = { id: '1', degree: 120, shown: 3 };
    expect(expandOption(node, [])).toEqual({ next: 50, expanded: false, hidden: 117 });
    const once = withExpansion([], '1', 50);
    expect(once).toEqual([{ id: '1', maxNodes: 50 }]);
    expect(expandOption({ ...node, shown: 49 }, once)).toEqual({ next: 200, expanded: true, hidden: 71 });
    expect(withExpansion([{ id: '0', maxNodes: 50 }, ...once], '1', 200)).toEqual([
      { id: '0', maxNodes: 50 },
      { id: '1', maxNodes: 200 },
    ]);
  });
});
