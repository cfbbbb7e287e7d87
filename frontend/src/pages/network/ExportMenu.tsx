import { useRef, useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { today } from '../../lib/format';
import { csvBlob, download, edgesCsv, graphMLBlob, nodesCsv, toGraphML, type ExportEdge, type ExportNode } from './exporters';
import type { GraphHandle } from './GraphCanvas';
import type { NetGraph } from './graphSync';
import type { NetworkModel } from './model';
import { useDismiss } from './useDismiss';

type Format = 'png' | 'graphml' | 'nodes' | 'edges';

/** Downloads of what is on screen: a picture, a GraphML file, or two CSV tables. */
export function ExportMenu({ model, graph, canvas, description }: { model: NetworkModel; graph: NetGraph; canvas: RefObject<GraphHandle | null>; description: string }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const [failed, setFailed] = useState(false);
  const popover = useRef<HTMLDetailsElement>(null);
  useDismiss(popover);
  const empty = model.nodes.size === 0;
  const name = (ext: string, part = '') => `grassroots-network${part}-${today()}.${ext}`;

  const rows = (): { nodes: ExportNode[]; edges: ExportEdge[] } => ({
    nodes: [...model.nodes.values()].map((n) => {
      const a = graph.hasNode(n.id) ? graph.getNodeAttributes(n.id) : undefined;
      return { id: n.id, name: n.name, nameLatin: n.nameLatin, kind: n.kind, kindLabel: tc(`kind.${n.kind}`), degree: n.degree, x: a?.x, y: a?.y, size: a?.size, color: a?.color };
    }),
    edges: [...model.edges.values()].map((e) => ({ ...e, kindLabel: tc(`linkKind.${e.kind}`) })),
  });

  const run = async (f: Format) => {
    setFailed(false);
    if (f === 'png') {
      const blob = await canvas.current?.snapshot();
      if (blob) download(blob, name('png'));
      else setFailed(true);
      return;
    }
    const { nodes, edges } = rows();
    if (f === 'graphml') download(graphMLBlob(toGraphML(nodes, edges, description)), name('graphml'));
    else if (f === 'nodes') download(csvBlob(nodesCsv(nodes)), name('csv', '-organizations'));
    else download(csvBlob(edgesCsv(edges)), name('csv', '-links'));
  };

  return (
    <details className="network-popover" ref={popover}>
      <summary className="button">{t('export.title')}</summary>
      <div className="network-popover-body network-export-menu" role="group" aria-label={t('export.title')}>
        <button type="button" className="button" disabled={empty} onClick={() => void run('png')}>
          {t('export.png')}
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => void run('graphml')}>
          {t('export.graphml')}
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => void run('nodes')}>
          {t('export.nodes')}
        </button>
        <button type="button" className="button" disabled={empty} onClick={() => void run('edges')}>
          {t('export.edges')}
        </button>
        <p className="network-hint">{failed ? t('export.pngFailed') : t('export.hint')}</p>
      </div>
    </details>
  );
}
