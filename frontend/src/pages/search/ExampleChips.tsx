import { useId } from 'react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { searchPath } from '../../components/SearchBox';

/**
 * Queries that show what the search understands, each of which finds
 * something in the demo data (a prefecture around Yanji).
 */
const exampleQueries = [
  { q: '延吉', how: 'chinese' },
  { q: 'yanji', how: 'pinyin' },
  { q: 'hcs', how: 'initials' },
  { q: '222401', how: 'code' },
  { q: '凤泉', how: 'village' },
] as const;

/** The example queries as links to their search results. */
export function ExampleChips({ label }: { label: string }) {
  const { t } = useTranslation('search');
  const id = useId();
  return (
    <div className="search-chips">
      <span className="search-chips-label" id={id}>
        {label}
      </span>
      <ul aria-labelledby={id}>
        {exampleQueries.map((e) => (
          <li key={e.q}>
            <Link to={searchPath(e.q)} className="search-chip">
              <span className="search-chip-q">{e.q}</span>{' '}
              <span className="search-chip-how">{t(`examples.${e.how}`)}</span>
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
