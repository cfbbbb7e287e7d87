import { useId, useState } from 'react';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TwinningRegionQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { RegionPath } from '../../components/ui';
import { BoardContext, usePartnerChoice, type PartnerChoice } from './board';
import { Coverage } from './Coverage';
import { Uncovered } from './Uncovered';
import { PlanView } from './PlanView';
import { Pairs } from './Pairs';
import { activitiesCsvHref, pairsCsvHref } from './model';
import './twinning.css';

export const TwinningRegionQueryDoc = graphql(`
  query TwinningRegion($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        name
        nameLatin
        level
        ancestors { id name nameLatin }
      }
    }
  }
`);

export const TwinningRootQueryDoc = graphql(`
  query TwinningRoot {
    regions(where: { hasParent: false }, orderBy: { field: CODE }, first: 1) {
      edges { node { id } }
    }
  }
`);

type Region = PageNode<TwinningRegionQuery, 'Region'>;

/**
 * /regions/:id/twinning: the twinning coordinator's board for a region;
 * /twinning: the same for the province (the root region).
 */
export default function TwinningPage() {
  const { id } = useParams();
  return id ? <BoardView key={id} id={id} /> : <ProvinceBoard />;
}

function ProvinceBoard() {
  const { t } = useTranslation('twinning');
  const [res, reexecute] = useQuery({ query: TwinningRootQueryDoc });
  if (res.error && !res.data) return <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!res.data) return <Loading label={t('board.loading')} />;
  const root = res.data.regions.edges?.[0]?.node;
  if (!root) return <Empty title={t('board.noRegions')} hint={t('board.noRegionsHint')} />;
  return <BoardView key={root.id} id={root.id} />;
}

function BoardView({ id }: { id: string }) {
  const { t } = useTranslation('twinning');
  return (
    <NodePage
      query={TwinningRegionQueryDoc}
      id={id}
      typename="Region"
      loading={t('board.loading')}
      notFound={{ title: t('board.notFound'), hint: t('board.notFoundHint'), extra: <Link to="/regions">{t('board.back')}</Link> }}
    >
      {(region) => <Board region={region} />}
    </NodePage>
  );
}

function Board({ region }: { region: Region }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const [round, setRound] = useState(0);
  const partners = usePartnerChoice();
  const year = new Date().getFullYear();
  return (
    <BoardContext.Provider value={{ round, changed: () => setRound((r) => r + 1) }}>
      <section className="page tw-page" aria-labelledby="tw-title">
        <title>{`${t('board.title', { region: region.name })} · ${t('app.name', { ns: 'common' })}`}</title>
        <header className="ent-header">
          <RegionPath label={t('breadcrumbs')} path={[...region.ancestors, region]} current={t('board.crumb')} />
          <div className="ent-header-row">
            <h1 id="tw-title">{t('board.title', { region: region.name })}</h1>
            <div className="tw-downloads" role="group" aria-label={t('board.downloads')}>
              <a className="button" href={pairsCsvHref(region.id, i18n.language)} download="twinning-pairs.csv">
                {t('board.pairsCsv')}
              </a>
              <a className="button" href={activitiesCsvHref(region.id, year, i18n.language)} download={`twinning-activities-${year}.csv`}>
                {t('board.activitiesCsv', { year })}
              </a>
            </div>
          </div>
          <p className="muted tw-note">{t('board.intro')}</p>
        </header>
        <Coverage region={region} />
        <PartnerChoiceField choice={partners.choice} scope={partners.scope} onChange={partners.setChoice} />
        <Uncovered region={region} partnerRegion={partners.partnerRegion} ready={partners.ready} />
        <PlanView region={region} partnerRegion={partners.partnerRegion} ready={partners.ready} />
        <Pairs region={region} />
      </section>
    </BoardContext.Provider>
  );
}

/** Where suggested and planned partners come from: the province, or (for a viewer with one) their own scope. */
function PartnerChoiceField({ choice, scope, onChange }: { choice: PartnerChoice; scope: { id: string; name: string } | null; onChange: (c: PartnerChoice) => void }) {
  const { t } = useTranslation('twinning');
  const name = useId();
  if (!scope) return <p className="card tw-partners">{t('partners.provinceOnly')}</p>;
  const options: Array<[PartnerChoice, string]> = [
    ['province', t('partners.province')],
    ['scope', t('partners.scope', { region: scope.name })],
  ];
  return (
    <fieldset className="card tw-partners">
      <legend>{t('partners.legend')}</legend>
      {options.map(([value, label]) => (
        <label key={value} className="edit-check-option">
          <input type="radio" name={name} value={value} checked={choice === value} onChange={() => onChange(value)} />
          {label}
        </label>
      ))}
      <p className="muted edit-hint">{t('partners.hint')}</p>
    </fieldset>
  );
}
