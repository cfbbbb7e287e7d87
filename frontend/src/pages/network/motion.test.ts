import { describe, expect, it } from 'vitest';
import { AnimationGaps, FramePacer, isSoftwareRenderer, pictureMap, SLOW_FRAME_MS } from './motion';

describe('FramePacer', () => {
  const feed = (p: FramePacer, samples: number[]) => samples.map((ms) => p.sample(ms));

  it('finds fast frames fast', () => {
    const p = new FramePacer();
    expect(feed(p, Array(20).fill(12))).not.toContain(true);
    expect(p.slow).toBe(false);
  });

  it('finds slow frames slow after five, and keeps the verdict', () => {
    const p = new FramePacer();
    expect(feed(p, Array(5).fill(200)).indexOf(true)).toBe(4);
    expect(feed(p, Array(10).fill(5)).every(Boolean)).toBe(true);
  });

  it('judges by the median, so one hiccup does not count', () => {
    const p = new FramePacer();
    feed(p, [12, 12, 400, 12, 12, 12, 12, 12, 900, 12]);
    expect(p.slow).toBe(false);
  });

  it('looks again at later frames once frames were found fast', () => {
    const p = new FramePacer();
    feed(p, Array(5).fill(5));
    expect(p.slow).toBe(false);
    feed(p, Array(5).fill(300));
    expect(p.slow).toBe(true);
  });

  it('takes frames just over the limit as slow, and frames at it as fast', () => {
    const at = new FramePacer();
    feed(at, Array(5).fill(SLOW_FRAME_MS));
    expect(at.slow).toBe(false);
    const over = new FramePacer();
    feed(over, Array(5).fill(SLOW_FRAME_MS + 1));
    expect(over.slow).toBe(true);
  });
});

describe('AnimationGaps', () => {
  it('times frames once an animation is under way', () => {
    const g = new AnimationGaps();
    // The first frames come before the browser holds frames back.
    expect([0, 16, 33].map((t) => g.animated(t))).toEqual([null, null, null]);
    expect(g.animated(133)).toBe(100);
    expect(g.animated(240)).toBe(107);
  });

  it('starts over after a pause or a frame that is not animated', () => {
    const g = new AnimationGaps();
    [0, 16, 33, 50].forEach((t) => g.animated(t));
    expect(g.animated(1000)).toBeNull();
    expect(g.animated(1016)).toBeNull();
    g.other();
    expect(g.animated(1033)).toBeNull();
    expect(g.animated(1050)).toBeNull();
  });
});

describe('isSoftwareRenderer', () => {
  it('knows the software renderers', () => {
    for (const name of [
      'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero) (0x0000C0DE)), SwiftShader driver)',
      'llvmpipe (LLVM 15.0.6, 256 bits)',
      'ANGLE (Microsoft, Microsoft Basic Render Driver Direct3D11 vs_5_0 ps_5_0, D3D11)',
    ]) {
      expect(isSoftwareRenderer(name)).toBe(true);
    }
  });

  it('takes GPUs for GPUs', () => {
    for (const name of ['ANGLE (Intel, Intel(R) UHD Graphics 620 Direct3D11 vs_5_0 ps_5_0, D3D11)', 'Apple M2', 'NVIDIA GeForce RTX 3060/PCIe/SSE2', 'Mali-G78']) {
      expect(isSoftwareRenderer(name)).toBe(false);
    }
  });
});

describe('pictureMap', () => {
  it('is the identity when the camera has not moved', () => {
    expect(pictureMap((p) => p, 800, 600)).toEqual([1, 0, 0, 1, 0, 0]);
  });

  it('follows a pan and a zoom about a point', () => {
    // Zoomed in twice about (400, 300), then panned 50 px right.
    const follow = ({ x, y }: { x: number; y: number }) => ({ x: 400 + 2 * (x - 400) + 50, y: 300 + 2 * (y - 300) });
    const [a, b, c, d, e, f] = pictureMap(follow, 800, 600);
    expect([a, b, c, d]).toEqual([2, 0, 0, 2]);
    expect([e, f]).toEqual([-350, -300]);
    // Any point of the picture lands where the camera now shows it.
    const p = { x: 123, y: 456 };
    expect({ x: a * p.x + c * p.y + e, y: b * p.x + d * p.y + f }).toEqual(follow(p));
  });

  it('follows a rotation', () => {
    const follow = ({ x, y }: { x: number; y: number }) => ({ x: -y, y: x });
    const [a, b, c, d] = pictureMap(follow, 800, 600);
    expect([a, b, c, d]).toEqual([0, 1, -1, 0]);
  });
});
