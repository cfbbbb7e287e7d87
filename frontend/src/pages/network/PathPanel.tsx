import { Fragment } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { CombinedError } from 'urql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { formatDate } from '../../lib/format';
import { EDGE_COLORS, KIND_COLORS } from './colors';
import { OrgPicker, type PickedOrg } from './OrgPicker';
import type { NetworkData } from './useNetworkData';

const MAX_PATH_LENGTH = 8;

export interface PathDraft {
  from: PickedOrg | null;
  to: PickedOrg | null;
}

function Endpoint({
  label,
  value,
  local,
  exclude,
  onChange,
}: {
  label: string;
  value: PickedOrg | null;
  local: readonly PickedOrg[];
  exclude: string[];
  onChange: (org: PickedOrg | null) => void;
}) {
  const { t } = useTranslation('network');
  if (!value) return <OrgPicker label={label} local={local} exclude={exclude} onPick={onChange} />;
  return (
    <div className="network-endpoint">
      <span className="network-endpoint-label">{label}</span>
      <span className="network-chip">
        <span className="network-dot" style={{ background: KIND_COLORS[value.kind] }} aria-hidden="true" />
        <span className="network-chip-name">{value.name}</span>
        <button type="button" className="network-chip-remove" aria-label={t('path.change', { label, name: value.name })} onClick={() => onChange(null)}>
          ×
        </button>
      </span>
    </div>
  );
}

/** "How are these two connected?": pick two organizations, see the shortest chain between them. */
export function PathPanel({
  draft,
  onDraft,
  local,
  asOf,
  active,
  result,
  error,
  retry,
  onFind,
  onClear,
  onSelect,
}: {
  draft: PathDraft;
  onDraft: (d: PathDraft) => void;
  local: readonly PickedOrg[];
  asOf: string | null;
  /** A path is asked for in the address. */
  active: boolean;
  result: NetworkData['path'];
  error?: CombinedError;
  retry?: () => void;
  onFind: (from: string, to: string) => void;
  onClear: () => void;
  onSelect: (id: string) => void;
}) {
  const { t, i18n } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const ready = draft.from && draft.to && draft.from.id !== draft.to.id;
  const when = asOf ? t('path.onDate', { date: formatDate(asOf, i18n.language) }) : t('path.now');
  return (
    <section className="card network-panel network-path" aria-labelledby="network-path-title">
      <h2 id="network-path-title">{t('path.title')}</h2>
      <p className="network-hint">{t('path.hint', { max: MAX_PATH_LENGTH })}</p>
      <form
        className="network-path-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (ready) onFind(draft.from!.id, draft.to!.id);
        }}
      >
        <Endpoint
          label={t('path.from')}
          value={draft.from}
          local={local}
          exclude={draft.to ? [draft.to.id] : []}
          onChange={(from) => onDraft({ ...draft, from })}
        />
        <Endpoint label={t('path.to')} value={draft.to} local={local} exclude={draft.from ? [draft.from.id] : []} onChange={(to) => onDraft({ ...draft, to })} />
        <div className="network-actions">
          <button type="submit" className="button button-primary" disabled={!ready}>
            {t('path.find')}
          </button>
          <button type="button" className="button" disabled={!draft.from && !draft.to} onClick={() => onDraft({ from: draft.to, to: draft.from })}>
            {t('path.swap')}
          </button>
          {active && (
            <button type="button" className="button" onClick={onClear}>
              {t('path.clear')}
            </button>
          )}
        </div>
      </form>
      {active && result.state === 'loading' && <Loading label={t('path.loading')} />}
      {active && result.state === 'error' && error && <ErrorState error={error} retry={retry} />}
      {active && result.state === 'notFound' && (
        <Empty title={t('path.none', { max: MAX_PATH_LENGTH })} hint={t('path.noneHint', { max: MAX_PATH_LENGTH, when })} />
      )}
      {active && result.state === 'found' && (
        <div className="network-path-result" aria-live="polite">
          <p className="network-path-length">{t('path.length', { count: result.path.length })}</p>
          <ol className="network-path-list">
            {result.path.organizations.map((o, i) => {
              const edge = result.path.edges[i];
              return (
                <Fragment key={o.id}>
                  <li className="network-path-org">
                    <span className="network-dot" style={{ background: KIND_COLORS[o.kind] }} aria-hidden="true" />
                    <button type="button" className="network-row-name" onClick={() => onSelect(o.id)}>
                      <span className="network-row-title">{o.name}</span>
                      <span className="network-row-sub">{tc(`kind.${o.kind}`)}</span>
                    </button>
                    <Link to={`/organizations/${o.id}`} className="network-path-open" aria-label={t('path.open', { name: o.name })}>
                      ↗
                    </Link>
                  </li>
                  {edge && (
                    <li className="network-path-edge">
                      <span className="network-line" style={{ background: EDGE_COLORS[edge.kind] }} aria-hidden="true" />
                      <span className="visually-hidden">{t('path.via')} </span>
                      {tc(`linkKind.${edge.kind}`)}
                    </li>
                  )}
                </Fragment>
              );
            })}
          </ol>
        </div>
      )}
    </section>
  );
}
