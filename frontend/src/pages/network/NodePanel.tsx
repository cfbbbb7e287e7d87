import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import type { ExpandOption } from './actions';
import { KIND_COLORS } from './colors';
import type { ModelNode } from './model';

/** The expand / show-more button, shared by the panel and the list. */
export function ExpandButton({
  node,
  option,
  loading,
  onExpand,
  compact = false,
}: {
  node: Pick<ModelNode, 'name' | 'degree'>;
  option: ExpandOption;
  loading: boolean;
  onExpand: () => void;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation('network');
  if (option.next === null) return null;
  const upTo = formatNumber(Math.min(option.next - 1, node.degree), i18n.language);
  const text = loading ? t('panel.loading') : option.expanded ? t('panel.showMore', { upTo }) : t('panel.expand');
  return (
    <button
      type="button"
      className={compact ? 'button network-small' : 'button button-primary'}
      onClick={onExpand}
      disabled={loading}
      aria-label={compact ? `${text}: ${node.name}` : undefined}
    >
      {text}
    </button>
  );
}

export function CollapseButton({ node, onCollapse, compact = false }: { node: Pick<ModelNode, 'name'>; onCollapse: () => void; compact?: boolean }) {
  const { t } = useTranslation('network');
  return (
    <button
      type="button"
      className={compact ? 'button network-small' : 'button'}
      onClick={onCollapse}
      aria-label={compact ? `${t('panel.collapse')}: ${node.name}` : undefined}
    >
      {t('panel.collapse')}
    </button>
  );
}

/** The selected organization: what it is, how connected, and what can be done with it. */
export function NodePanel({
  node,
  option,
  loading,
  onExpand,
  onCollapse,
  onPathFrom,
  onPathTo,
  onFocus,
  onClose,
}: {
  node: ModelNode;
  option: ExpandOption;
  loading: boolean;
  onExpand: () => void;
  onCollapse: () => void;
  onPathFrom: () => void;
  onPathTo: () => void;
  onFocus: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const n = (x: number) => formatNumber(x, i18n.language);
  return (
    <section className="card network-panel network-node" aria-labelledby="network-node-title">
      <div className="network-panel-head">
        <h2 id="network-node-title">{node.name}</h2>
        <button type="button" className="network-close" onClick={onClose} aria-label={t('panel.close')}>
          ×
        </button>
      </div>
      {node.nameLatin && (
        <p className="muted network-latin" lang="zh-Latn">
          {node.nameLatin}
        </p>
      )}
      <p className="network-node-kind">
        <span className="network-dot" style={{ background: KIND_COLORS[node.kind] }} aria-hidden="true" />
        {tc(`kind.${node.kind}`)}
        {node.seed && <span className="badge">{t('panel.seed')}</span>}
      </p>
      <dl className="network-facts">
        <div>
          <dt>{t('panel.degree')}</dt>
          <dd>{n(node.degree)}</dd>
        </div>
        <div>
          <dt>{t('panel.shown')}</dt>
          <dd>{n(node.shown)}</dd>
        </div>
        <div>
          <dt>{t('panel.hidden')}</dt>
          <dd>{n(option.hidden)}</dd>
        </div>
      </dl>
      {node.more > 0 ? (
        <p className="network-hint network-more-hint">{t('panel.moreHint', { count: node.more, more: n(node.more) })}</p>
      ) : option.hidden > 0 ? (
        <p className="network-hint">{t('panel.expandHint', { count: option.hidden, hidden: n(option.hidden) })}</p>
      ) : (
        <p className="network-hint">{t('panel.allShown')}</p>
      )}
      <div className="network-actions">
        <ExpandButton node={node} option={option} loading={loading} onExpand={onExpand} />
        {option.expanded && <CollapseButton node={node} onCollapse={onCollapse} />}
        <button type="button" className="button" onClick={onFocus}>
          {t('panel.focus')}
        </button>
      </div>
      <div className="network-actions">
        <button type="button" className="button" onClick={onPathFrom}>
          {t('panel.pathFrom')}
        </button>
        <button type="button" className="button" onClick={onPathTo}>
          {t('panel.pathTo')}
        </button>
      </div>
      <p className="network-open">
        <Link to={`/organizations/${node.id}`}>{t('panel.open')} →</Link>
      </p>
    </section>
  );
}
