import { describe, expect, it, vi } from 'vitest';
import { composeLayers } from './snapshot';

function canvas(width: number, height: number): HTMLCanvasElement {
  const c = document.createElement('canvas');
  c.width = width;
  c.height = height;
  return c;
}

describe('composeLayers', () => {
  it('draws the layers bottom to top over white, leaving out the mouse layer', () => {
    const layers = { mouse: canvas(200, 100), labels: canvas(200, 100), edges: canvas(200, 100), nodes: canvas(200, 100) };
    const calls: string[] = [];
    const ctx = {
      fillStyle: '',
      fillRect: vi.fn(() => calls.push(`fill ${ctx.fillStyle}`)),
      drawImage: vi.fn((c: HTMLCanvasElement) => calls.push(Object.entries(layers).find(([, v]) => v === c)?.[0] ?? '?')),
    };
    const target = canvas(1, 1);
    vi.spyOn(target, 'getContext').mockReturnValue(ctx as unknown as CanvasRenderingContext2D);
    expect(composeLayers(layers, target)).toBe(true);
    expect([target.width, target.height]).toEqual([200, 100]);
    expect(calls).toEqual(['fill #ffffff', 'edges', 'nodes', 'labels']);
  });

  it('reports failure when there is nothing to draw or no 2D context', () => {
    expect(composeLayers({}, canvas(1, 1))).toBe(false);
    const target = canvas(1, 1);
    vi.spyOn(target, 'getContext').mockReturnValue(null);
    expect(composeLayers({ nodes: canvas(10, 10) }, target)).toBe(false);
  });
});
