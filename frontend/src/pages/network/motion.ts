import type { Attributes } from 'graphology-types';
import type Sigma from 'sigma';
import type { CameraState, Coordinates } from 'sigma/types';

/**
 * Keeping panning and zooming fluid where the graphics are slow. Where
 * WebGL is drawn in software (no GPU), or where animated frames are
 * measured to be slow, the links stop being redrawn while the camera moves:
 * the picture of them drawn when the camera last stood still stays on
 * screen and follows the camera, and they are drawn sharp again once it
 * stops.
 */

/** A frame slower than this (under 20 per second) is not fluid. */
export const SLOW_FRAME_MS = 50;
/** Samples taken before deciding. */
const SAMPLE = 5;
/** A longer gap between animated frames is a new animation, not a frame. */
const PAUSE_MS = 400;
/** Frames at the start of an animation come before the browser holds frames back; they are not timed. */
const WARMUP_FRAMES = 2;
/**
 * Software WebGL draws about 50 links a millisecond here (rectangles of
 * sigma's default program): from this many on, a frame takes longer than
 * SLOW_FRAME_MS.
 */
const SOFTWARE_LINKS_LIMIT = 2000;

/**
 * Decides from frame times whether drawing is slow here. The verdict that
 * it is, is final: once links are redrawn only at rest, motion gets fast,
 * which says nothing about drawing them.
 */
export class FramePacer {
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

  get slow(): boolean {
    return this.verdict;
  }
}

/**
 * The time between frames while the camera animates (a wheel zoom, the
 * glide after a drag, the zoom buttons): sigma then asks for a frame every
 * frame, so the time between them is how long a frame takes here. Drags are
 * not timed: their frames follow the hand.
 */
export class AnimationGaps {
  private last = -1;
  private frames = 0;

  /** A frame drawn at `now` while the camera animates: the gap to time, if any. */
  animated(now: number): number | null {
    const gap = this.last >= 0 && now - this.last < PAUSE_MS ? now - this.last : -1;
    this.frames = gap < 0 ? 0 : this.frames + 1;
    this.last = now;
    return this.frames > WARMUP_FRAMES ? gap : null;
  }

  /** A frame drawn without animation. */
  other(): void {
    this.last = -1;
    this.frames = 0;
  }
}

/** Whether a WebGL context draws in software (SwiftShader, llvmpipe, WARP…). */
function drawsInSoftware(gl: WebGLRenderingContext | WebGL2RenderingContext | null): boolean {
  if (!gl) return false;
  const info = gl.getExtension('WEBGL_debug_renderer_info');
  const name = String(gl.getParameter(info ? info.UNMASKED_RENDERER_WEBGL : gl.RENDERER) ?? '');
  return isSoftwareRenderer(name);
}

export function isSoftwareRenderer(name: string): boolean {
  return /swiftshader|llvmpipe|softpipe|software|basic render/i.test(name);
}

/** A 2D affine map, as CSS's matrix(a, b, c, d, e, f): (x, y) → (a·x + c·y + e, b·x + d·y + f). */
type Affine = [number, number, number, number, number, number];

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
const STALE = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared', 'edgesCleared', 'nodeAttributesUpdated', 'edgeAttributesUpdated', 'eachNodeAttributesUpdated', 'eachEdgeAttributesUpdated'] as const;

/** Resolves once the camera is at rest (now, or when its motion ends). */
export function atRest<N extends Attributes, E extends Attributes>(sigma: Sigma<N, E>): Promise<void> {
  return new Promise((resolve) => {
    const check = () => (cameraMoving(sigma) ? requestAnimationFrame(check) : resolve());
    check();
  });
}

export interface Motion {
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
  const gaps = new AnimationGaps();
  let reported = false;
  const report = (slow: boolean) => {
    if (slow && !reported) {
      reported = true;
      onSlow();
    }
  };
  const camera = sigma.getCamera();
  const canvas = sigma.getCanvases().edges;
  const gl = canvas.getContext('webgl2') ?? canvas.getContext('webgl');
  const software = drawsInSoftware(gl);

  // The camera and viewport the links on screen were drawn with; null once
  // they no longer match the graph. Resizing the layer clears it. A change
  // of highlight keeps the picture: its geometry still holds, and the new
  // colours show when the camera stops.
  let drawnWith: { camera: CameraState; width: number; height: number } | null = null;
  const drawn = () => ({ camera: camera.getState(), ...sigma.getDimensions() });
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

  // A gesture can end without a frame at rest: sigma draws when the camera
  // changes, and an inertia animation to where the camera already is
  // changes nothing. Watch for the end of motion and draw once at rest if
  // nothing else did; two quiet frames leave sigma time to do it itself.
  let restedSinceMotion = true;
  let watch = 0;
  const watchForRest = () => {
    let quiet = 0;
    const check = () => {
      watch = 0;
      if (restedSinceMotion) return;
      quiet = cameraMoving(sigma) ? 0 : quiet + 1;
      if (quiet < 2) watch = requestAnimationFrame(check);
      else sigma.scheduleRender();
    };
    if (!watch) watch = requestAnimationFrame(check);
  };

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
      const gap = camera.isAnimated() ? gaps.animated(performance.now()) : (gaps.other(), null);
      if (gap !== null) report(pacer.sample(gap));
      restedSinceMotion = false;
      watchForRest();
      // Links drawn live were drawn with this camera; hidden ones left no picture.
      if (!sigma.getSetting('hideEdgesOnMove')) drawnWith = drawn();
      else if (!frozen) drawnWith = null;
      return;
    }
    gaps.other();
    restedSinceMotion = true;
    drawnWith = drawn();
    if (software && graph.size >= SOFTWARE_LINKS_LIMIT) report(true);
    onRest?.();
  };
  sigma.on('beforeRender', beforeRender);
  sigma.on('afterRender', afterRender);
  return {
    detach() {
      cancelAnimationFrame(watch);
      sigma.off('beforeRender', beforeRender);
      sigma.off('afterRender', afterRender);
      for (const e of STALE) graph.off(e, stale);
      if (gl && clear) gl.clear = clear;
      canvas.style.transform = '';
    },
  };
}
