import { useState, type ReactNode } from 'react';
import { Link, useParams } from 'react-router';
import { useClient } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TwinningPairQuery } from '../../gql/graphql';
import { NodePage, type PageNode } from '../../components/NodePage';
import { Empty } from '../../components/Status';
import { Table } from '../../components/Table';
import { Saved } from '../../components/edit/form';
import { Facts, LinkStatusBadge, OrgLink, RegionLink, RegionPath, Section } from '../../components/ui';
import { formatDate } from '../../lib/format';
import { legalMoves, proposedOn, type Move } from './model';
import { MoveDialog } from './MoveDialog';
import { ActivityLog, RecordActivity } from './Activities';
import './twinning.css';

export const TwinningPairQueryDoc = graphql(`
  query TwinningPair($id: ID!) {
    node(id: $id) {
      __typename
      ... on Link {
        id
        version
        viewerCanEdit
        kind
        status
        startedOn
        endedOn
        goals
        lastActivityOn
        stale
        source {
          id
          name
          nameLatin
          kind
          region { id name nameLatin }
        }
        target {
          id
          name
          nameLatin
          region {
            id
            name
            nameLatin
            ancestors { id name nameLatin level }
          }
        }
        transitions { id from to on reason actorName }
      }
    }
  }
`);

export type Pair = PageNode<TwinningPairQuery, 'Link'>;

/** /twinnings/:id: one twinning, its history and its activities, with the changes of state the viewer may make. */
export default function PairPage() {
  const { id = '' } = useParams();
  return <PairView key={id} id={id} />;
}

function PairView({ id }: { id: string }) {
  const { t } = useTranslation('twinning');
  return (
    <NodePage query={TwinningPairQueryDoc} id={id} typename="Link" loading={t('pair.loading')} notFound={{ title: t('pair.notFound'), hint: t('pair.notFoundHint') }}>
      {(pair) =>
        pair.kind === 'URBAN_RURAL_TWINNING' ? (
          <PairArticle pair={pair} />
        ) : (
          <section className="page">
            <Empty title={t('pair.notTwinning')} hint={t('pair.notTwinningHint')} />
            <p>
              <OrgLink org={pair.source} />
            </p>
          </section>
        )
      }
    </NodePage>
  );
}

function PairArticle({ pair }: { pair: Pair }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const client = useClient();
  const [moving, setMoving] = useState<Move>();
  const [saved, setSaved] = useState<string | null>(null);
  // The activity log reads again after each activity recorded.
  const [recorded, setRecorded] = useState(0);
  const reread = () => client.query(TwinningPairQueryDoc, { id: pair.id }, { requestPolicy: 'network-only' }).toPromise();
  const village = pair.target.region;
  const county = [...village.ancestors].reverse().find((a) => a.level === 'COUNTY') ?? village.ancestors.at(-1);
  const title = t('pair.title', { partner: pair.source.name, village: pair.target.name });
  const moves = pair.viewerCanEdit ? legalMoves(pair.status) : [];
  const facts: Array<[string, ReactNode]> = [
    [
      t('pair.partner'),
      <>
        <OrgLink org={pair.source} />
        <div className="muted ent-sub">{t(`kind.${pair.source.kind}`, { ns: 'common' })}</div>
      </>,
    ],
    [t('pair.villageOrganization'), <OrgLink org={pair.target} />],
    [t('pair.village'), <RegionLink region={village} />],
    [t('pair.state'), <LinkStatusBadge status={pair.status} />],
    [t('pair.proposedOn'), formatDate(proposedOn(pair.transitions), lng)],
    [t('pair.startedOn'), formatDate(pair.startedOn, lng)],
    [t('pair.endedOn'), formatDate(pair.endedOn, lng)],
    [t('pair.lastActivity'), formatDate(pair.lastActivityOn, lng)],
    [t('pair.goals'), pair.goals || '—'],
  ];
  return (
    <article className="page tw-page" aria-labelledby="tw-pair-title">
      <title>{`${title} · ${t('app.name', { ns: 'common' })}`}</title>
      <header className="ent-header">
        <RegionPath label={t('breadcrumbs')} path={[...village.ancestors, village]} current={t('pair.crumb')} />
        <div className="ent-header-row">
          <h1 id="tw-pair-title">{title}</h1>
          <div className="tw-moves">
            {county && (
              <Link className="button" to={`/regions/${county.id}/twinning`}>
                {t('pair.board', { region: county.name })}
              </Link>
            )}
            {moves.map((m) => (
              <button key={m} type="button" className={`button${m === 'activate' || m === 'resume' ? ' button-primary' : ''}`} aria-haspopup="dialog" onClick={() => setMoving(m)}>
                {t(`move.${m}.button`)}
              </button>
            ))}
          </div>
        </div>
        <div className="ent-badges">
          <span className="badge">{t('linkKind.URBAN_RURAL_TWINNING', { ns: 'common' })}</span>
          <LinkStatusBadge status={pair.status} />
          {pair.stale && <span className="badge badge-warn">{t('pairs.staleBadge')}</span>}
        </div>
      </header>
      <Saved text={saved} />
      {moving && (
        <MoveDialog
          pair={pair}
          move={moving}
          onClose={() => setMoving(undefined)}
          onDone={async () => {
            await reread();
            setMoving(undefined);
            setSaved(t(`move.${moving}.done`));
          }}
        />
      )}
      <Section id="tw-pair-facts" title={t('pair.facts')}>
        <Facts items={facts} />
      </Section>
      <History pair={pair} />
      {pair.viewerCanEdit && (
        <RecordActivity
          pair={pair}
          onRecorded={async () => {
            setRecorded((n) => n + 1);
            await reread();
          }}
        />
      )}
      <ActivityLog pair={pair} round={recorded} />
    </article>
  );
}

/** The pair's changes of state, oldest first. */
function History({ pair }: { pair: Pair }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const rows = pair.transitions ?? [];
  const state = (s: string | null | undefined) => (s ? t(`linkStatus.${s}`, { ns: 'common' }) : t('history.none'));
  return (
    <Section id="tw-pair-history" title={t('history.title')} count={rows.length}>
      {rows.length === 0 ? (
        <Empty title={t('history.empty')} hint={t('history.emptyHint')} />
      ) : (
        <Table
          caption={t('history.caption')}
          rows={rows}
          columns={[
            { title: t('history.on'), rowHeader: true, cellClassName: 'ent-nowrap', cell: (x) => formatDate(x.on, lng) },
            { title: t('history.change'), cell: (x) => t('history.fromTo', { from: state(x.from), to: state(x.to) }) },
            { title: t('history.reason'), cell: (x) => x.reason || '—' },
            { title: t('history.actor'), cell: (x) => x.actorName || t('history.system') },
          ]}
        />
      )}
    </Section>
  );
}
