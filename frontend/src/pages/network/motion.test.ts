import { describe, expect, it } from 'vitest';
import { FramePacer, pictureMap, SLOW_FRAME_MS } from './motion';

/** Feeds frames `gap` ms apart and returns the verdict after each. */
function feed(pacer: FramePacer, gaps: number[], start = 1000): boolean[] {
  let t = start;
  const out = [pacer.moving(t)];
  for (const g of gaps) out.push(pacer.moving((t += g)));
  return out;
}

describe('FramePacer', () => {
  it('finds fluid motion fluid', () => {
    const p = new FramePacer();
    expect(feed(p, Array(20).fill(17))).not.toContain(true);
    expect(p.slow).toBe(false);
  });

  it('finds slow motion slow after a handful of frames, and keeps the verdict', () => {
    const p = new FramePacer();
    const verdicts = feed(p, Array(6).fill(200));
    expect(verdicts.indexOf(true)).toBe(5);
    p.still();
    expect(feed(p, Array(10).fill(10), 99_000).every(Boolean)).toBe(true);
  });

  it('judges by the median, so one hiccup does not count', () => {
    const p = new FramePacer();
    feed(p, [17, 17, 300, 17, 17, 17, 17, 17, 17, 17]);
    expect(p.slow).toBe(false);
  });

  it('does not count the pauses between gestures as frames', () => {
    const p = new FramePacer();
    // Five one-frame gestures a second apart.
    for (let i = 0; i < 6; i++) {
      p.moving(i * 1000);
      p.still();
    }
    // A gesture that pauses mid-way, with the mouse held still.
    feed(p, [16, 16, 1500, 16, 16, 16], 10_000);
    expect(p.slow).toBe(false);
  });

  it('weighs frame times measured at rest like those measured while moving', () => {
    const p = new FramePacer();
    expect([120, 130, 110, 140].map((ms) => p.sample(ms))).toEqual([false, false, false, false]);
    p.moving(0);
    expect(p.moving(150)).toBe(true);
  });

  it('looks again at a later sample once frames were found fluid', () => {
    const p = new FramePacer();
    for (let i = 0; i < 5; i++) p.sample(5);
    expect(p.slow).toBe(false);
    for (let i = 0; i < 5; i++) p.sample(300);
    expect(p.slow).toBe(true);
  });

  it('takes frames just over the limit as slow', () => {
    const p = new FramePacer();
    feed(p, Array(5).fill(SLOW_FRAME_MS + 1));
    expect(p.slow).toBe(true);
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
