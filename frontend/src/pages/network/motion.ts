import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState, Coordinates } from 'sigma/types';

/**
 * Keeping panning and zooming fluid where the graphics are slow (no GPU,
 * software WebGL). The explorer measures how long its frames take; where
 * they are slow, the links stop being redrawn while the camera moves: the
 * picture of them drawn when the camera last stood still stays on screen
 * and follows the camera, and they are drawn sharp again once it stops.
 */

/** A frame slower than this (under 20 per second) is not fluid. */
export const SLOW_FRAME_MS = 50;
/** Samples taken before deciding. */
const SAMPLE = 5;
/** A longer gap while moving is a pause in the gesture, not a frame. */
const PAUSE_MS = 400;

/**
 * Decides from frame times whether drawing is slow here. The verdict that
 * it is, is final: once links are redrawn only at rest, motion gets fast,
 * which says nothing about drawing them.
 */
export class FramePacer {
  private last = -1;
  private samples: number[] = [];
  private verdict = false;

  /** How long one frame took to draw, in ms. Returns whether drawing is now known to be slow. */
  sample(ms: number): boolean {
    if (this.verdict) return true;
    this.samples.push(ms);
    if (this.samples.length >= SAMPLE) {
      const sorted = [...this.samples].sort((a, b) => a - b);
      this.verdict = sorted[Math.floor(sorted.length / 2)] > SLOW_FRAME_MS;
      this.samples = [];
    }
    return this.verdict;
  }

  /** A frame drawn while moving, at `now` ms: the time since the last one is a sample. */
  moving(now: number): boolean {
    const gap = this.last >= 0 && now - this.last < PAUSE_MS ? now - this.last : -1;
    this.last = now;
    return gap >= 0 ? this.sample(gap) : this.verdict;
  }

  /** A frame drawn at rest: the gesture, if any, is over. */
  still(): void {
    this.last = -1;
  }

  get slow(): boolean {
    return this.verdict;
  }
}

/** A 2D affine map, as CSS's matrix(a, b, c, d, e, f): (x, y) → (a·x + c·y + e, b·x + d·y + f). */
export type Affine = [number, number, number, number, number, number];

/**
 * The map taking a picture drawn with an earlier camera to where the same
 * graph lies now, from `follow`, which takes a viewport point of the earlier
 * camera to the viewport point now showing the same graph point.
 */
export function pictureMap(follow: (p: Coordinates) => Coordinates, width: number, height: number): Affine {
  const o = follow({ x: 0, y: 0 });
  const ex = follow({ x: width, y: 0 });
  const ey = follow({ x: 0, y: height });
  return [(ex.x - o.x) / width, (ex.y - o.y) / width, (ey.x - o.x) / height, (ey.y - o.y) / height, o.x, o.y];
}

/** Sigma's own test for "moving" when it hides links on move. */
export function cameraMoving<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): boolean {
  const mouse = sigma.getMouseCaptor();
  return sigma.getCamera().isAnimated() || mouse.isMoving || mouse.draggedEvents > 0 || mouse.currentWheelDirection !== 0;
}

/** Graph events after which the picture of the links no longer matches the graph. */
const STALE = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/**
 * Times the GPU's work on a context without blocking: a fence after the
 * frame's drawing, polled until the GPU has passed it. WebGL 1 has no
 * fences; there, only motion is measured.
 */
function fenceTimer(gl: WebGLRenderingContext | WebGL2RenderingContext | null, done: (ms: number) => void) {
  let pending = false;
  let live = true;
  return {
    time() {
      if (!live || pending || !gl || !('fenceSync' in gl)) return;
      const gl2 = gl;
      const sync = gl2.fenceSync(gl2.SYNC_GPU_COMMANDS_COMPLETE, 0);
      if (!sync) return;
      gl2.flush();
      pending = true;
      const start = performance.now();
      const poll = () => {
        if (!live || gl2.isContextLost()) return;
        if (gl2.getSyncParameter(sync, gl2.SYNC_STATUS) !== gl2.SIGNALED) return void setTimeout(poll, 4);
        gl2.deleteSync(sync);
        pending = false;
        done(performance.now() - start);
      };
      setTimeout(poll, 0);
    },
    stop() {
      live = false;
    },
  };
}

export interface Motion {
  /** The picture of the links no longer matches what is to be shown (the highlight changed). */
  invalidate(): void;
  detach(): void;
}

/**
 * Watches a renderer: measures its frames, calls `onSlow` once they are
 * found slow, and while links are hidden on move keeps their last picture on
 * screen, following the camera. `onRest` is called after each frame drawn
 * with the camera at rest.
 */
export function attachMotion<N extends Attributes, E extends Attributes>(
  sigma: Sigma<N, E>,
  { onSlow, onRest }: { onSlow: () => void; onRest?: () => void },
): Motion {
  const pacer = new FramePacer();
  let reported = false;
  const report = (slow: boolean) => {
    if (slow && !reported) {
      reported = true;
      onSlow();
    }
  };
  const canvas = sigma.getCanvases().edges;
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  const fence = fenceTimer(gl, (ms) => report(pacer.sample(ms)));

  // The camera and viewport the links on screen were drawn with; null once
  // they no longer match the graph. Resizing the layer clears it.
  let drawnWith: { camera: CameraState; width: number; height: number } | null = null;
  const drawn = () => ({ camera: sigma.getCamera().getState(), ...sigma.getDimensions() });
  let frozen = false;
  const stale = () => {
    drawnWith = null;
  };
  const graph = sigma.getGraph();
  for (const e of STALE) graph.on(e, stale);

  // While frozen, the renderer's clearing of the links' layer is skipped, so
  // the browser keeps showing its last picture.
  const clear = gl?.clear;
  if (gl && clear) gl.clear = (mask: GLbitfield) => (frozen ? undefined : clear.call(gl, mask));

  const beforeRender = () => {
    const { width, height } = sigma.getDimensions();
    if (drawnWith && (drawnWith.width !== width || drawnWith.height !== height)) drawnWith = null;
    frozen = drawnWith !== null && sigma.getSetting('hideEdgesOnMove') && cameraMoving(sigma);
  };
  const afterRender = () => {
    if (frozen && drawnWith) {
      const { camera: then, width, height } = drawnWith;
      const m = pictureMap((p) => sigma.framedGraphToViewport(sigma.viewportToFramedGraph(p, { cameraState: then })), width, height);
      canvas.style.transform = `matrix(${m.join(',')})`;
    } else {
      canvas.style.transform = '';
    }
    if (cameraMoving(sigma)) {
      report(pacer.moving(performance.now()));
      // Links drawn live were drawn with this camera; hidden ones left no picture.
      if (!sigma.getSetting('hideEdgesOnMove')) drawnWith = drawn();
      else if (!frozen) drawnWith = null;
      return;
    }
    pacer.still();
    drawnWith = drawn();
    if (!pacer.slow && graph.size > 0) fence.time();
    onRest?.();
  };
  sigma.on('beforeRender', beforeRender);
  sigma.on('afterRender', afterRender);
  return {
    invalidate: stale,
    detach() {
      fence.stop();
      sigma.off('beforeRender', beforeRender);
      sigma.off('afterRender', afterRender);
      for (const e of STALE) graph.off(e, stale);
      if (gl && clear) gl.clear = clear;
      canvas.style.transform = '';
    },
  };
}
