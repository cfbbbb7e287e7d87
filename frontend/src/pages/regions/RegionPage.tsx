import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { RegionPageQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { Facts, Latin, RegionPath, Section } from '../../components/ui';
import { formatMoney, formatNumber } from '../../lib/format';
import { RegionChildrenQuery, RegionFlags, RegionTree, TREE_PAGE, useOpenRegions } from './RegionTree';
import { VillagePanel } from './VillagePanel';
import { Venues } from './Venues';
import { RegionTraining } from './RegionTraining';
import { RegionIndicators } from '../../components/indicators/RegionIndicators';
import './regions.css';

export const RegionPageQueryDoc = graphql(`
  query RegionPage($id: ID!) {
    node(id: $id) {
      __typename
      ... on Region {
        id
        name
        nameLatin
        level
        code
        border
        backward
        difficult
        households
        population
        collectiveIncome
        leadingIndustry
        ancestors { id name nameLatin }
        stats { organizations partyMembers links }
        children(first: 0) { totalCount }
      }
    }
  }
`);

export const RegionRootsQuery = graphql(`
  query RegionRoots($first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    regions(where: { hasParent: false }, orderBy: { field: CODE }, first: $first, after: $after, last: $last, before: $before) {
      totalCount
      pageInfo { ...PageInfo }
      edges { node { ...RegionRow } }
    }
  }
`);

type RegionHeader = PageNode<RegionPageQuery, 'Region'>;

/** Villages and urban communities are the leaves: they show their organizations instead of a subtree. */
const leafLevels = new Set(['VILLAGE', 'COMMUNITY']);

export default function RegionPage() {
  const { id } = useParams();
  return id ? <RegionView key={id} id={id} /> : <RegionRoots />;
}

/** /regions: the top of the tree (the province), expanded one level when it is alone. */
function RegionRoots() {
  const { t } = useTranslation(['regions', 'common']);
  const list = usePagedQuery(RegionRootsQuery, {}, 'roots', TREE_PAGE);
  const conn = list.data?.regions;
  const rows = nodesOf(conn);
  const open = useOpenRegions(rows.length === 1 ? [rows[0].id] : []);

  return (
    <section className="page region-page" aria-labelledby="region-roots-title">
      <title>{`${t('roots.title')} · ${t('app.name', { ns: 'common' })}`}</title>
      <header className="ent-header">
        <h1 id="region-roots-title">{t('roots.title')}</h1>
        <p className="muted region-intro">{t('roots.intro')}</p>
      </header>
      <div className="card">
        <RegionTree
          label={t('roots.title')}
          list={list}
          conn={conn}
          empty={{ title: t('roots.empty'), hint: t('roots.emptyHint') }}
          open={open}
        />
      </div>
    </section>
  );
}

function RegionView({ id }: { id: string }) {
  const { t } = useTranslation(['regions', 'common']);
  const notFound = {
    title: t('notFound.title'),
    hint: t('notFound.hint'),
    extra: (
      <p>
        <Link to="/regions">{t('notFound.back')}</Link>
      </p>
    ),
  };
  return (
    <NodePage query={RegionPageQueryDoc} id={id} typename="Region" loading={t('loading')} notFound={notFound}>
      {(region) => {
        const leaf = leafLevels.has(region.level);
        return (
          <article className="page region-page">
            <title>{`${region.name} · ${t('app.name', { ns: 'common' })}`}</title>
            <RegionHeading region={region} />
            <RegionFigures region={region} leaf={leaf} />
            {leaf ? <VillagePanel id={region.id} level={region.level} name={region.name} path={region.ancestors.map((a) => a.id)} /> : <RegionChildren region={region} />}
            {leaf ? <Venues id={region.id} name={region.name} path={region.ancestors.map((a) => a.id)} /> : <RegionTraining id={region.id} name={region.name} />}
            <RegionIndicators id={region.id} name={region.name} />
          </article>
        );
      }}
    </NodePage>
  );
}

function RegionHeading({ region }: { region: RegionHeader }) {
  const { t } = useTranslation(['regions', 'common']);
  return (
    <header className="ent-header">
      <RegionPath label={t('breadcrumbs')} path={region.ancestors} current={region.name} />
      <h1>
        <span>{region.name}</span>
        <Latin text={region.nameLatin} always />
      </h1>
      <div className="ent-header-row">
        <div className="ent-badges">
          <span className="badge">{t(`level.${region.level}`, { ns: 'common' })}</span>
          <span className="mono muted region-code" title={t('facts.code')}>
            {region.code}
          </span>
          <RegionFlags region={region} />
        </div>
        {!leafLevels.has(region.level) && (
          <Link className="button" to={`/regions/${region.id}/twinning`}>
            {t('twinningBoard')}
          </Link>
        )}
      </div>
    </header>
  );
}

function RegionFigures({ region, leaf }: { region: RegionHeader; leaf: boolean }) {
  const { t, i18n } = useTranslation('regions');
  const lng = i18n.language;
  const items: Array<[string, ReactNode]> = [
    [t('facts.code'), <span className="mono">{region.code}</span>],
    [t('facts.households'), formatNumber(region.households, lng)],
    [t('facts.population'), formatNumber(region.population, lng)],
  ];
  if (region.collectiveIncome != null || leaf) items.push([t('facts.collectiveIncome'), formatMoney(region.collectiveIncome, lng)]);
  if (region.leadingIndustry) items.push([t('facts.leadingIndustry'), region.leadingIndustry]);
  const stats: Array<[string, ReactNode]> = [
    [t('stats.organizations'), formatNumber(region.stats.organizations, lng)],
    [t('stats.partyMembers'), formatNumber(region.stats.partyMembers, lng)],
    [t('stats.links'), formatNumber(region.stats.links, lng)],
  ];
  if (!leaf) stats.unshift([t('stats.subregions'), formatNumber(region.children.totalCount, lng)]);
  return (
    <div className="grid-2">
      <Section id="region-facts" title={t('facts.title')}>
        <Facts items={items} />
      </Section>
      <Section id="region-stats" title={t(leaf ? 'stats.titleLeaf' : 'stats.title')}>
        <dl className="region-stats">
          {stats.map(([label, value]) => (
            <div key={label}>
              <dd>{value}</dd>
              <dt>{label}</dt>
            </div>
          ))}
        </dl>
      </Section>
    </div>
  );
}

/** The regions under this one, as an expandable tree. */
function RegionChildren({ region }: { region: RegionHeader }) {
  const { t } = useTranslation(['regions', 'common']);
  const list = usePagedQuery(RegionChildrenQuery, { id: region.id }, 'children', TREE_PAGE);
  const conn = list.data?.node?.__typename === 'Region' ? list.data.node.children : undefined;
  const open = useOpenRegions();

  return (
    <Section id="region-children" title={t('tree.title')} count={region.children.totalCount}>
      <p className="muted region-intro">{t('tree.hint')}</p>
      <RegionTree
        label={t('tree.label', { name: region.name })}
        list={list}
        conn={conn}
        empty={{ title: t('tree.empty'), hint: t('tree.emptyHint') }}
        open={open}
      />
    </Section>
  );
}
