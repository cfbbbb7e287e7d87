import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { KIND_COLORS } from './colors';
import { OrgPicker, type PickedOrg } from './OrgPicker';
import { NetworkSeedsQuery } from './queries';
import { MAX_SEEDS } from './urlState';

/** The starting organizations: a picker to add one, and a removable chip for each. */
export function SeedBar({
  seeds,
  local,
  onAdd,
  onRemove,
  onClear,
  onFocus,
}: {
  seeds: string[];
  local: readonly PickedOrg[];
  onAdd: (org: PickedOrg) => void;
  onRemove: (id: string) => void;
  onClear: () => void;
  onFocus: (id: string) => void;
}) {
  const { t } = useTranslation('network');
  const [{ data, error }] = useQuery({ query: NetworkSeedsQuery, variables: { ids: seeds }, pause: seeds.length === 0 });
  const names = new Map<string, PickedOrg>();
  for (const n of data?.nodes ?? []) if (n?.__typename === 'Organization') names.set(n.id, n);
  const full = seeds.length >= MAX_SEEDS;
  // Once the names are known (or cannot be), an id without one is not an organization.
  const settled = data !== undefined || error !== undefined;

  return (
    <div className="network-seeds">
      {full ? (
        <p className="muted network-seeds-full">{t('seeds.full', { count: MAX_SEEDS })}</p>
      ) : (
        <OrgPicker label={t('seeds.add')} placeholder={t('seeds.placeholder')} onPick={onAdd} local={local} exclude={seeds} />
      )}
      {seeds.length > 0 && (
        <div className="network-chips-row">
          <span className="visually-hidden" id="network-seeds-label">
            {t('seeds.label')}
          </span>
          <ul className="network-chips" aria-labelledby="network-seeds-label">
            {seeds.map((id) => {
              const org = names.get(id);
              const name = org?.name ?? (settled ? t('seeds.unknown', { id }) : '…');
              return (
                <li key={id} className={org || !settled ? 'network-chip' : 'network-chip network-chip-bad'}>
                  {org && <span className="network-dot" style={{ background: KIND_COLORS[org.kind] }} aria-hidden="true" />}
                  <button type="button" className="network-chip-name" onClick={() => onFocus(id)} title={org?.nameLatin ?? undefined}>
                    {name}
                  </button>
                  <button type="button" className="network-chip-remove" aria-label={t('seeds.remove', { name })} onClick={() => onRemove(id)}>
                    ×
                  </button>
                </li>
              );
            })}
          </ul>
          {seeds.length > 1 && (
            <button type="button" className="button network-link-button" onClick={onClear}>
              {t('seeds.clear')}
            </button>
          )}
        </div>
      )}
    </div>
  );
}
