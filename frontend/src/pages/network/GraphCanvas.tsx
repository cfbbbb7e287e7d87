import { useCallback, useEffect, useImperativeHandle, useRef, useState, type Ref } from 'react';
import { useTranslation } from 'react-i18next';
import Sigma from 'sigma';
import { NodeCircleProgram, NodePointProgram } from 'sigma/rendering';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import FA2Layout from 'graphology-layout-forceatlas2/worker';
import type { EdgeAttrs, NetGraph, NodeAttrs } from './graphSync';
import { edgeDisplay, focusOf, nodeDisplay, sizeScale, type ViewState } from './highlight';
import { atRest, attachMotion, cameraMoving, type Motion } from './motion';
import { composeLayers } from './snapshot';

export interface GraphHandle {
  /** The picture on screen as a PNG, white background. */
  snapshot(): Promise<Blob | null>;
  /** Moves the camera onto a node. */
  focus(id: string): void;
}

type Renderer = Sigma<NodeAttrs, EdgeAttrs>;

/**
 * Big views draw nodes as points: they look the same as the circles, and
 * software WebGL draws them many times faster.
 */
function nodeType(order: number): 'circle' | 'point' {
  return order > 1000 ? 'point' : 'circle';
}

const GRAPH_CHANGES = ['nodeAdded', 'nodeDropped', 'edgeAdded', 'edgeDropped', 'cleared'] as const;

/** How long the layout runs after a change: long enough to settle, bounded so the page calms down. */
function layoutDuration(order: number): number {
  return Math.min(6000, 1000 + order * 1.5);
}

/** Small views label every node; big ones only the hubs (and whatever is hovered or zoomed into). */
function labelThreshold(order: number): number {
  return order < 80 ? 3 : order < 400 ? 6 : 9;
}

/** Labels in the app's font, which covers Chinese. */
function labelFont(): string {
  return getComputedStyle(document.documentElement).getPropertyValue('--font').trim() || 'system-ui, sans-serif';
}

/**
 * The WebGL drawing of the network. The renderer is created once per graph
 * and follows the graph's own change events, so merging an expansion or
 * moving the camera never rebuilds it; highlight changes only swap reducers.
 */
export function GraphCanvas({
  graph,
  version,
  view,
  layoutRun,
  onSelect,
  onExpand,
  ref,
}: {
  graph: NetGraph;
  /** Bumped after every change to the graph's contents. */
  version: number;
  view: Pick<ViewState, 'selected' | 'path'>;
  /** Bumped to ask for a layout run (new nodes arrived). */
  layoutRun: number;
  onSelect: (id: string | null) => void;
  onExpand: (id: string) => void;
  ref?: Ref<GraphHandle>;
}) {
  const { t } = useTranslation('network');
  const container = useRef<HTMLDivElement>(null);
  const [renderer, setRenderer] = useState<Renderer | null>(null);
  const [unsupported, setUnsupported] = useState(false);
  const [hovered, setHovered] = useState<string | null>(null);
  const [arranging, setArranging] = useState(false);
  // Set once panning is measured to be slow here: links are then redrawn only at rest.
  const [slowMotion, setSlowMotion] = useState(false);
  const layout = useRef<{ stop: () => void } | null>(null);
  const motion = useRef<Motion | null>(null);
  const handlers = useRef({ onSelect, onExpand });
  useEffect(() => {
    handlers.current = { onSelect, onExpand };
  }, [onSelect, onExpand]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    let sigma: Renderer;
    try {
      sigma = new Sigma<NodeAttrs, EdgeAttrs>(graph, el, {
        allowInvalidContainer: true,
        defaultEdgeType: 'line',
        renderEdgeLabels: false,
        nodeProgramClasses: { circle: NodeCircleProgram, point: NodePointProgram },
        defaultNodeType: nodeType(graph.order),
        labelFont: labelFont(),
        labelSize: 12,
        labelWeight: '500',
        labelColor: { color: '#1f2328' },
        labelRenderedSizeThreshold: labelThreshold(graph.order) * sizeScale(graph.order),
        labelDensity: 0.6,
        zIndex: true,
        // Room for the zoom buttons over the top edge.
        stagePadding: 48,
        minCameraRatio: 0.01,
        maxCameraRatio: 20,
      });
    } catch {
      setUnsupported(true);
      return;
    }
    sigma.on('clickNode', ({ node }) => handlers.current.onSelect(node));
    sigma.on('doubleClickNode', (e) => {
      e.preventSigmaDefault();
      handlers.current.onExpand(e.node);
    });
    sigma.on('clickStage', () => handlers.current.onSelect(null));
    // Hovering while the camera moves is taken up once it stops: nodes
    // sliding under the mouse should not relight the picture mid-gesture.
    let pendingHover: string | null | undefined;
    const hover = (node: string | null) => {
      if (cameraMoving(sigma)) pendingHover = node;
      else {
        pendingHover = undefined;
        setHovered(node);
      }
      el.style.cursor = node ? 'pointer' : '';
    };
    sigma.on('enterNode', ({ node }) => hover(node));
    sigma.on('leaveNode', () => hover(null));
    const resize = new ResizeObserver(() => sigma.scheduleRefresh());
    resize.observe(el);
    motion.current = attachMotion(sigma, {
      onSlow: () => setSlowMotion(true),
      onRest: () => {
        if (pendingHover === undefined) return;
        setHovered(pendingHover);
        pendingHover = undefined;
      },
    });
    setRenderer(sigma);
    return () => {
      resize.disconnect();
      motion.current?.detach();
      motion.current = null;
      setSlowMotion(false);
      layout.current?.stop();
      sigma.kill();
      setRenderer(null);
    };
  }, [graph]);

  // Highlight: recomputed on hover, selection, path and content changes only.
  useEffect(() => {
    if (!renderer) return;
    const state: ViewState = { ...view, hovered };
    const focus = focusOf(graph, state);
    const scale = sizeScale(graph.order);
    // One call, one redraw.
    renderer.setSettings({
      nodeReducer: (id, a) => nodeDisplay(id, a, state, focus, scale),
      edgeReducer: (id, a) => edgeDisplay(id, a, state, focus),
      defaultNodeType: nodeType(graph.order),
      hideEdgesOnMove: slowMotion,
      labelRenderedSizeThreshold: labelThreshold(graph.order) * scale,
    });
  }, [renderer, graph, view, hovered, version, slowMotion]);

  const arrange = useCallback(() => {
    layout.current?.stop();
    if (!graph.order) return;
    const settings = { ...forceAtlas2.inferSettings(graph), barnesHutOptimize: graph.order > 600 };
    if (typeof Worker === 'undefined') {
      forceAtlas2.assign(graph, { iterations: 100, settings });
      return;
    }
    // In a worker: the page stays responsive while positions stream in.
    const fa2 = new FA2Layout(graph, { settings });
    let timer: ReturnType<typeof setTimeout> | undefined;
    const handle = {
      stop: () => {
        clearTimeout(timer);
        fa2.kill();
        for (const e of GRAPH_CHANGES) graph.off(e, handle.stop);
        setArranging(false);
        if (layout.current === handle) layout.current = null;
      },
    };
    // A change to the graph ends the run at once: an answer the worker sent
    // for the old graph must not be applied to the new one. New nodes start
    // a fresh run.
    for (const e of GRAPH_CHANGES) graph.on(e, handle.stop);
    layout.current = handle;
    fa2.start();
    setArranging(true);
    timer = setTimeout(handle.stop, layoutDuration(graph.order));
  }, [graph]);

  useEffect(() => {
    if (renderer && layoutRun > 0) arrange();
  }, [renderer, layoutRun, arrange]);
  useEffect(() => () => layout.current?.stop(), []);

  useImperativeHandle(
    ref,
    () => ({
      snapshot: async () => {
        if (!renderer) return null;
        // Mid-motion the links' layer may hold a picture that only its CSS transform puts in place.
        await atRest(renderer);
        return new Promise<Blob | null>((resolve) => {
          // WebGL layers keep their pixels only until the frame is shown, so compose right after a render.
          renderer.once('afterRender', () => {
            const target = document.createElement('canvas');
            if (!composeLayers(renderer.getCanvases(), target)) return resolve(null);
            target.toBlob((b) => resolve(b), 'image/png');
          });
          renderer.refresh();
        });
      },
      focus: (id: string) => {
        const d = renderer?.getNodeDisplayData(id);
        if (!renderer || !d) return;
        const camera = renderer.getCamera();
        void camera.animate({ x: d.x, y: d.y, ratio: Math.min(camera.ratio, 0.6) }, { duration: 400 });
      },
    }),
    [renderer],
  );

  const zoom = (how: 'in' | 'out' | 'fit') => {
    const camera = renderer?.getCamera();
    if (!camera) return;
    if (how === 'in') void camera.animatedZoom({ duration: 250 });
    else if (how === 'out') void camera.animatedUnzoom({ duration: 250 });
    else void camera.animatedReset({ duration: 300 });
  };

  if (unsupported) {
    return (
      <div className="network-canvas network-canvas-unsupported" role="note">
        <strong>{t('canvas.unsupported')}</strong>
        <p>{t('canvas.unsupportedHint')}</p>
      </div>
    );
  }
  return (
    <>
      <div
        ref={container}
        className="network-canvas"
        data-links-on-move={slowMotion ? 'picture' : 'live'}
        role="img"
        aria-label={t('canvas.label', { nodes: graph.order, edges: graph.size })}
      />
      <div className="network-canvas-tools" role="toolbar" aria-label={t('canvas.tools')}>
        <button type="button" className="button" onClick={() => zoom('in')} aria-label={t('canvas.zoomIn')} title={t('canvas.zoomIn')}>
          +
        </button>
        <button type="button" className="button" onClick={() => zoom('out')} aria-label={t('canvas.zoomOut')} title={t('canvas.zoomOut')}>
          −
        </button>
        <button type="button" className="button" onClick={() => zoom('fit')} title={t('canvas.fitHint')}>
          {t('canvas.fit')}
        </button>
        <button type="button" className="button" onClick={() => (arranging ? layout.current?.stop() : arrange())} aria-pressed={arranging}>
          {arranging ? t('canvas.stopLayout') : t('canvas.layout')}
        </button>
      </div>
    </>
  );
}
