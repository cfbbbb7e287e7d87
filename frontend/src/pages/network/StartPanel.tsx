import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { Empty } from '../../components/Status';
import { KIND_COLORS } from './colors';
import type { PickedOrg } from './OrgPicker';
import { NetworkSuggestionsQuery } from './queries';

/** The empty view: how to begin, and a few well-connected organizations to begin from. */
export function StartPanel({ onPick }: { onPick: (org: PickedOrg) => void }) {
  const { t } = useTranslation('network');
  const { t: tc } = useTranslation('common');
  const [{ data }] = useQuery({ query: NetworkSuggestionsQuery });
  const scores = data?.networkCentrality.scores ?? [];
  return (
    <div className="network-start">
      <Empty title={t('start.title')} hint={t('start.hint')} />
      <p className="network-start-intro">{t('subtitle')}</p>
      <ol className="network-start-steps">
        <li>{t('start.step1')}</li>
        <li>{t('start.step2')}</li>
        <li>{t('start.step3')}</li>
      </ol>
      {scores.length > 0 && (
        <div className="network-start-suggestions">
          <h2>{t('start.suggestions')}</h2>
          <ul>
            {scores.map(({ organization: o, score }) => (
              <li key={o.id}>
                <button type="button" className="button" onClick={() => onPick(o)}>
                  <span className="network-dot" style={{ background: KIND_COLORS[o.kind] }} aria-hidden="true" />
                  {o.name}
                  <span className="muted">
                    {tc(`kind.${o.kind}`)} · {t('list.degree', { count: score, n: score })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
