import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { Loading } from '../../components/Status';
import { formatNumber } from '../../lib/format';
import { expandOption, withExpansion } from './actions';
import { ExportMenu } from './ExportMenu';
import { FilterBar, type FilterPatch } from './FilterBar';
import { GraphCanvas, type GraphHandle } from './GraphCanvas';
import { createGraph, syncGraph } from './graphSync';
import { Legend } from './Legend';
import { collapseExpansion, type ModelNode } from './model';
import { NodeList, sortNodes } from './NodeList';
import { NodePanel } from './NodePanel';
import type { PickedOrg } from './OrgPicker';
import { PathPanel, type PathDraft } from './PathPanel';
import { SeedBar } from './SeedBar';
import { StartPanel } from './StartPanel';
import { StatusBanners } from './StatusBanners';
import { stepAbove } from './steps';
import { useNetworkData } from './useNetworkData';
import { readParams, writeParams, type NetworkParams } from './urlState';
import './network.css';

const picked = (n: PickedOrg): PickedOrg => ({ id: n.id, name: n.name, nameLatin: n.nameLatin, kind: n.kind });

/**
 * The network explorer. Everything on screen comes from the address (seeds,
 * filters, expanded nodes, the path, the selection), so a view can be
 * shared and Back steps through what the user did.
 */
export default function NetworkPage() {
  const { t, i18n } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const [search, setSearch] = useSearchParams();
  const params = useMemo(() => readParams(search), [search]);
  const data = useNetworkData(params);
  const { model } = data;

  const update = useCallback(
    (patch: Partial<NetworkParams>, replace = false) => setSearch(writeParams({ ...params, ...patch }), { replace }),
    [params, setSearch],
  );

  // The graph lives as long as the page; each new model is merged into it in place.
  const [graph] = useState(createGraph);
  const [version, setVersion] = useState(0);
  const [layoutRun, setLayoutRun] = useState(0);
  const canvas = useRef<GraphHandle>(null);
  const label = useCallback(
    (n: ModelNode) => (n.more > 0 ? `${n.name} ${t('graph.more', { count: n.more, n: formatNumber(n.more, i18n.language) })}` : n.name),
    [t, i18n.language],
  );
  useEffect(() => {
    const r = syncGraph(graph, model, label);
    setVersion((v) => v + 1);
    if (r.added > 0) setLayoutRun((x) => x + 1);
  }, [graph, model, label]);

  const found = data.path.state === 'found' ? data.path.path : null;
  const view = useMemo(
    () => ({
      selected: params.selected,
      path: found ? { nodes: new Set(found.organizations.map((o) => o.id)), edges: new Set(found.edges.map((e) => e.id)) } : null,
    }),
    [params.selected, found],
  );

  const sorted = useMemo(() => sortNodes(model.nodes.values(), i18n.language), [model, i18n.language]);
  const local = useMemo(() => sorted.map(picked), [sorted]);
  const orgOf = useCallback(
    (id: string): PickedOrg | null => {
      const n = model.nodes.get(id) ?? found?.organizations.find((o) => o.id === id);
      return n ? picked(n) : null;
    },
    [model, found],
  );

  const select = useCallback((id: string | null) => update({ selected: id }, true), [update]);
  const focusNode = (id: string) => {
    select(id);
    canvas.current?.focus(id);
  };
  const expand = useCallback(
    (id: string) => {
      const node = model.nodes.get(id);
      const next = node ? expandOption(node, params.expansions).next : null;
      if (next !== null) update({ expansions: withExpansion(params.expansions, id, next), selected: id });
    },
    [model, params.expansions, update],
  );
  const collapse = (id: string) => update({ expansions: collapseExpansion(data.input, params.expansions, id) });
  const addSeed = (org: PickedOrg) => {
    if (!params.seeds.includes(org.id)) update({ seeds: [...params.seeds, org.id], selected: org.id });
  };
  const removeSeed = (id: string) => update({ seeds: params.seeds.filter((s) => s !== id), selected: params.selected === id ? null : params.selected });
  const clearAll = () => update({ seeds: [], expansions: [], path: null, selected: null });
  const changeFilters = (patch: FilterPatch) => update(patch);

  // The path form: what the user is picking, filled from the address when a path is shown.
  const [draft, setDraft] = useState<PathDraft>({ from: null, to: null });
  const pathKey = params.path?.join(',');
  useEffect(() => {
    if (!params.path) return;
    const [from, to] = params.path;
    setDraft((d) => ({ from: d.from?.id === from ? d.from : (orgOf(from) ?? d.from), to: d.to?.id === to ? d.to : (orgOf(to) ?? d.to) }));
    // Only when the asked-for path changes or its organizations become known, not on every edit of the form.
  }, [pathKey, found]);
  const findPath = (from: string, to: string) => update({ path: [from, to] });
  const pathEnd = (end: 'from' | 'to', node: ModelNode) => {
    const next = { ...draft, [end]: picked(node) };
    setDraft(next);
    if (next.from && next.to && next.from.id !== next.to.id) findPath(next.from.id, next.to.id);
    else document.getElementById('network-path-title')?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  };
  const pathFailure = data.failures.find((f) => f.failure.what === 'path');

  const selected = params.selected ? model.nodes.get(params.selected) : undefined;
  const nothing = params.seeds.length === 0 && !params.path;
  const firstLoad = model.nodes.size === 0 && data.loading.count > 0;
  const nameOf = (id: string) => model.nodes.get(id)?.name ?? id;
  const loadingLabel = data.loading.base
    ? t('status.loadingBase')
    : data.loading.expansions.length > 1
      ? t('status.loadingExpansions', { count: data.loading.expansions.length })
      : data.loading.expansions.length === 1
        ? t('status.loadingExpansion', { name: nameOf(data.loading.expansions[0]) })
        : t('status.loadingPath');
  const description = [
    t('export.seeds', { names: params.seeds.map(nameOf).join(', ') }),
    t('filters.hops', { count: params.depth }),
    `${t('filters.linkKinds')}: ${(params.kinds ?? []).map((k) => tc(`linkKind.${k}`)).join(', ') || t('filters.allKinds')}`,
    params.asOf ?? t('filters.today'),
  ].join(' · ');

  return (
    <section className="page network-page">
      <div className="network-head">
        <h1>{t('title')}</h1>
        <ExportMenu model={model} graph={graph} canvas={canvas} description={description} />
      </div>
      <p className="network-narrow" role="note">
        {t('narrow')}
      </p>
      <div className="card network-toolbar">
        <SeedBar seeds={params.seeds} local={local} onAdd={addSeed} onRemove={removeSeed} onClear={clearAll} onFocus={focusNode} />
        <FilterBar params={params} onChange={changeFilters} />
      </div>
      {!nothing && (
        <StatusBanners data={data} maxNodes={params.maxNodes} nameOf={nameOf} onLoadMore={() => update({ maxNodes: stepAbove(params.maxNodes) })} />
      )}
      <div className="network-body">
        <div className="network-stage">
          {nothing ? (
            <StartPanel onPick={addSeed} />
          ) : (
            <>
              <GraphCanvas graph={graph} version={version} view={view} layoutRun={layoutRun} onSelect={select} onExpand={expand} ref={canvas} />
              <Legend model={model} />
              <p className="network-stats" aria-live="polite">
                {t('stats', { nodes: formatNumber(model.nodes.size, i18n.language), edges: formatNumber(model.edges.size, i18n.language) })}
              </p>
              {data.loading.count > 0 && (
                <div className={firstLoad ? 'network-loading network-loading-first' : 'network-loading'}>
                  <Loading label={loadingLabel} />
                </div>
              )}
            </>
          )}
        </div>
        <aside className="network-side" aria-label={t('side')}>
          {selected && (
            <NodePanel
              node={selected}
              option={expandOption(selected, params.expansions)}
              loading={data.loading.expansions.includes(selected.id)}
              onExpand={() => expand(selected.id)}
              onCollapse={() => collapse(selected.id)}
              onPathFrom={() => pathEnd('from', selected)}
              onPathTo={() => pathEnd('to', selected)}
              onFocus={() => canvas.current?.focus(selected.id)}
              onClose={() => select(null)}
            />
          )}
          <PathPanel
            draft={draft}
            onDraft={setDraft}
            local={local}
            asOf={params.asOf}
            active={params.path !== null}
            result={data.path}
            error={pathFailure?.error}
            retry={pathFailure?.retry}
            onFind={findPath}
            onClear={() => update({ path: null })}
            onSelect={focusNode}
          />
          {model.nodes.size > 0 && (
            <NodeList
              sorted={sorted}
              expansions={params.expansions}
              selected={params.selected}
              loadingIds={data.loading.expansions}
              onSelect={focusNode}
              onExpand={expand}
              onCollapse={collapse}
            />
          )}
        </aside>
      </div>
    </section>
  );
}
