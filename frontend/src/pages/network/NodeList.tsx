import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Pager } from '../../components/Pager';
import { Empty } from '../../components/Status';
import { formatNumber } from '../../lib/format';
import { expandOption } from './actions';
import { KIND_COLORS } from './colors';
import type { ModelNode } from './model';
import { CollapseButton, ExpandButton } from './NodePanel';
import type { Expansion } from './urlState';

const LIST_PAGE_SIZE = 25;

/** Seeds first, then the best connected, then by name. */
export function sortNodes(nodes: Iterable<ModelNode>, lng: string): ModelNode[] {
  const collator = new Intl.Collator(lng);
  return [...nodes].sort((a, b) => Number(b.seed) - Number(a.seed) || b.degree - a.degree || collator.compare(a.name, b.name));
}

/**
 * Every organization on screen, searchable and paged: what the canvas
 * offers by pointer, this offers by keyboard (select, expand, collapse).
 */
export function NodeList({
  sorted,
  expansions,
  selected,
  loadingIds,
  onSelect,
  onExpand,
  onCollapse,
}: {
  /** The organizations on screen, in the order of sortNodes. */
  sorted: readonly ModelNode[];
  expansions: readonly Expansion[];
  selected: string | null;
  loadingIds: readonly string[];
  onSelect: (id: string) => void;
  onExpand: (id: string) => void;
  onCollapse: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const id = useId();
  const [q, setQ] = useState('');
  const [page, setPage] = useState(0);
  const needle = q.trim().toLowerCase();
  const matches = needle
    ? sorted.filter((n) => n.name.toLowerCase().includes(needle) || (n.nameLatin ?? '').toLowerCase().includes(needle) || tc(`kind.${n.kind}`).toLowerCase().includes(needle))
    : sorted;
  const pages = Math.max(1, Math.ceil(matches.length / LIST_PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const rows = matches.slice(current * LIST_PAGE_SIZE, (current + 1) * LIST_PAGE_SIZE);
  const n = (x: number) => formatNumber(x, i18n.language);

  return (
    <section className="card network-panel network-list" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>
        {t('list.title')} <span className="muted network-count">{n(sorted.length)}</span>
      </h2>
      <label htmlFor={`${id}-filter`} className="visually-hidden">
        {t('list.filter')}
      </label>
      <input
        id={`${id}-filter`}
        type="search"
        className="network-list-filter"
        placeholder={t('list.filter')}
        value={q}
        onChange={(e) => {
          setQ(e.target.value);
          setPage(0);
        }}
      />
      {rows.length === 0 ? (
        <Empty title={needle ? t('list.noMatch', { q: q.trim() }) : t('list.empty')} hint={needle ? t('list.noMatchHint') : undefined} />
      ) : (
        <ul className="network-rows">
          {rows.map((node) => {
            const option = expandOption(node, expansions);
            return (
              <li key={node.id} className={node.id === selected ? 'selected' : undefined}>
                <span className="network-dot" style={{ background: KIND_COLORS[node.kind] }} aria-hidden="true" />
                <button type="button" className="network-row-name" aria-current={node.id === selected || undefined} onClick={() => onSelect(node.id)}>
                  <span className="network-row-title">{node.name}</span>
                  <span className="network-row-sub">
                    {tc(`kind.${node.kind}`)} · {t('list.degree', { count: node.degree, n: n(node.degree) })}
                    {node.more > 0 && <> · {t('graph.more', { count: node.more, n: n(node.more) })}</>}
                  </span>
                </button>
                <span className="network-row-actions">
                  <ExpandButton node={node} option={option} loading={loadingIds.includes(node.id)} onExpand={() => onExpand(node.id)} compact />
                  {option.expanded && <CollapseButton node={node} onCollapse={() => onCollapse(node.id)} compact />}
                </span>
              </li>
            );
          })}
        </ul>
      )}
      <Pager
        label={t('list.pages')}
        total={matches.length}
        shown={rows.length}
        pageInfo={{
          hasPreviousPage: current > 0,
          hasNextPage: current < pages - 1,
          startCursor: current > 0 ? String(current - 1) : null,
          endCursor: String(current + 1),
        }}
        onPage={(p) => setPage(p.after !== undefined ? Number(p.after) : p.before !== undefined ? Number(p.before) : 0)}
      />
    </section>
  );
}
