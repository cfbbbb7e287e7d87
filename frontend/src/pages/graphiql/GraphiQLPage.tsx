import { Component, Suspense, lazy, useId, useLayoutEffect, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorState, Loading } from '../../components/Status';
import { examples, type Example } from './examples';
import './graphiql.css';

// GraphiQL is large: it is fetched only when this page is opened.
const Editor = lazy(() => import('./Editor'));

/** Shows an error (with a reload) when the editor's code cannot be fetched. */
class EditorBoundary extends Component<{ children: ReactNode }, { error: Error | null }> {
  state = { error: null as Error | null };
  static getDerivedStateFromError(error: Error) {
    return { error };
  }
  render() {
    return this.state.error ? <ErrorState error={this.state.error} retry={() => window.location.reload()} /> : this.props.children;
  }
}

/** The height of the app's header, which the page fills the space under. */
function useHeaderHeight(): number | undefined {
  const [height, setHeight] = useState<number>();
  useLayoutEffect(() => {
    const header = document.querySelector('.header');
    if (!header) return;
    const update = () => setHeight(header.getBoundingClientRect().height);
    update();
    if (typeof ResizeObserver === 'undefined') return;
    const ro = new ResizeObserver(update);
    ro.observe(header);
    return () => ro.disconnect();
  }, []);
  return height;
}

const variablesText = (e: Example) => (e.variables ? JSON.stringify(e.variables, null, 2) : '');

/**
 * GraphiQL with the saved example queries beside it. The chosen example is
 * in the URL (?example=<id>), so a link opens the editor with it loaded.
 */
export default function GraphiQLPage() {
  const { t } = useTranslation('graphiql');
  const [params, setParams] = useSearchParams();
  const chosen = examples.find((e) => e.id === params.get('example')) ?? null;
  // GraphiQL replaces its contents only when the query it is given changes:
  // choosing the current example again (to undo edits) starts it afresh.
  const [generation, setGeneration] = useState(0);
  // On narrow screens the list folds away above the editor.
  const [listOpen, setListOpen] = useState(false);
  const headerHeight = useHeaderHeight();
  const listId = useId();
  const headingId = useId();

  const choose = (e: Example) => {
    if (e.id === chosen?.id) setGeneration((g) => g + 1);
    else setParams({ example: e.id });
    setListOpen(false);
  };

  return (
    <section className="gq-page" style={headerHeight ? { top: headerHeight } : undefined} aria-labelledby={`${headingId}-title`}>
      <aside className={`gq-side${listOpen ? ' is-open' : ''}`}>
        <div className="gq-side-head">
          <h1 id={`${headingId}-title`}>{t('title')}</h1>
          <p className="gq-intro">{t('intro')}</p>
          <button type="button" className="button gq-toggle" aria-expanded={listOpen} aria-controls={listId} onClick={() => setListOpen((o) => !o)}>
            {chosen ? t(`examples.${chosen.id}.title`) : t('examplesTitle')}
            <span aria-hidden="true">{listOpen ? '▴' : '▾'}</span>
          </button>
        </div>
        <h2 className="gq-side-title" id={headingId}>
          {t('examplesTitle')}
        </h2>
        <ul className="gq-list" id={listId} aria-labelledby={headingId}>
          {examples.map((e) => (
            <li key={e.id}>
              <button type="button" className="gq-example" aria-current={chosen?.id === e.id ? 'true' : undefined} onClick={() => choose(e)}>
                <span className="gq-example-title">{t(`examples.${e.id}.title`)}</span>
                <span className="gq-example-text">{t(`examples.${e.id}.description`)}</span>
              </button>
            </li>
          ))}
        </ul>
        <p className="gq-tip">{t('tip')}</p>
      </aside>
      <div className="gq-main">
        <EditorBoundary>
          <Suspense fallback={<Loading label={t('loading')} />}>
            <Editor
              key={generation}
              query={chosen?.query}
              variables={chosen ? variablesText(chosen) : undefined}
              firstTab={{ query: `${t('defaultQuery')}\n\n${examples[0].query}`, variables: variablesText(examples[0]) }}
              logo={t('logo')}
            />
          </Suspense>
        </EditorBoundary>
      </div>
    </section>
  );
}
