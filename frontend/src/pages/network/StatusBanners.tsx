import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '../../components/Status';
import { formatNumber } from '../../lib/format';
import { MAX_NODES_LIMIT, stepAbove } from './steps';
import type { NetworkData } from './useNetworkData';

/**
 * What the view cannot show: failed requests (with retry), neighbours left
 * out by the size limit (with the way to get them), an empty neighbourhood.
 */
export function StatusBanners({
  data,
  maxNodes,
  nameOf,
  onLoadMore,
}: {
  data: NetworkData;
  maxNodes: number;
  nameOf: (id: string) => string;
  onLoadMore: () => void;
}) {
  const { t, i18n } = useTranslation('network');
  const n = (x: number) => formatNumber(x, i18n.language);
  const { model } = data;
  const superNodes = useMemo(() => [...model.nodes.values()].filter((x) => x.more > 0), [model]);
  const hidden = superNodes.reduce((s, x) => s + x.more, 0);
  const settled = data.loading.count === 0;
  const failures = data.failures.filter((f) => f.failure.what !== 'path');
  return (
    <div className="network-banners">
      {failures.map(({ failure, error, retry }) => (
        <div key={failure.what === 'expansion' ? `x:${failure.id}` : failure.what} className="network-failure">
          <p>{failure.what === 'expansion' ? t('status.expansionFailed', { name: nameOf(failure.id) }) : t('status.baseFailed')}</p>
          <ErrorState error={error} retry={retry} />
        </div>
      ))}
      {settled && (data.baseTruncated || superNodes.length > 0) && (
        <div className="network-banner network-banner-warn" role="status">
          <p>
            <strong>{t('status.truncatedTitle')}</strong> {t('status.truncated', { count: superNodes.length, orgs: n(superNodes.length), hidden: n(hidden) })}
          </p>
          {data.baseTruncated && maxNodes < MAX_NODES_LIMIT && (
            <button type="button" className="button" onClick={onLoadMore}>
              {t('status.loadMore', { upTo: n(stepAbove(maxNodes)) })}
            </button>
          )}
        </div>
      )}
      {settled && !failures.length && model.nodes.size > 0 && model.edges.size === 0 && (
        <div className="network-banner" role="status">
          <p>{t('status.noLinks')}</p>
        </div>
      )}
    </div>
  );
}
