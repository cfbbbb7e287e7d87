import { useState } from 'react';
import { Link } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TwinningSuggestionsQuery } from '../../gql/graphql';
import { PagedList } from '../../components/PagedList';
import { Empty, ErrorState, Loading, errorMessage } from '../../components/Status';
import { Table, type Column } from '../../components/Table';
import { nodesOf, usePagedQuery } from '../../components/paging';
import { LinkStatusBadge, OrgLink, RegionLink, Section } from '../../components/ui';
import { formatNumber } from '../../lib/format';
import { useMayEdit } from '../../lib/scope';
import { useBoard, useRereadOnChange } from './board';
import { formatKm, formatScore, industryFit } from './model';

export const TwinningUncoveredQuery = graphql(`
  query TwinningUncovered($region: ID!, $first: Int, $after: Cursor, $last: Int, $before: Cursor) {
    regions(
      where: { inRegion: $region, level: VILLAGE, backward: true, twinned: false }
      orderBy: { field: CODE }
      first: $first
      after: $after
      last: $last
      before: $before
    ) {
      totalCount
      pageInfo { ...PageInfo }
      edges {
        node {
          id
          name
          nameLatin
          leadingIndustry
          parent { id name nameLatin }
        }
      }
    }
  }
`);

export const TwinningSuggestionsQueryDoc = graphql(`
  query TwinningSuggestions($village: ID!, $partnerRegion: ID, $first: Int) {
    links(first: 5, where: { kind: URBAN_RURAL_TWINNING, inRegion: $village, statusIn: [PROPOSED, SUSPENDED] }) {
      edges {
        node {
          id
          status
          source { id name nameLatin }
        }
      }
    }
    twinningSuggestions(village: $village, partnerRegion: $partnerRegion, first: $first) {
      partner { id name nameLatin kind }
      score
      factors { factor weight value }
      remaining
      distanceKm
      steps
      activities
    }
  }
`);

export const ProposeTwinningMutation = graphql(`
  mutation ProposeTwinning($input: ProposeTwinningInput!) {
    proposeTwinning(input: $input) {
      id
      status
    }
  }
`);

/** Uncovered villages a page at a time: each runs its own suggestions. */
export const VILLAGES_PAGE = 10;
/** How many partners each village is offered. */
export const SUGGESTIONS = 3;

type Village = { id: string; name: string; nameLatin?: string | null; leadingIndustry?: string | null; parent?: { id: string; name: string; nameLatin?: string | null } | null };
type Suggestion = TwinningSuggestionsQuery['twinningSuggestions'][number];
type Proposed = { partner: string; village: string; id: string };

/**
 * The region's backward villages without an active twinning, each with the
 * partners the API suggests for it and why (the factors of each score); a
 * viewer who may write accepts one with a click, which proposes the pair.
 * A village whose pair is proposed or suspended (not active yet, or no
 * longer) shows that pair above its suggestions.
 */
export function Uncovered({ region, partnerRegion, ready }: { region: { id: string; name: string }; partnerRegion: string | undefined; ready: boolean }) {
  const { t } = useTranslation('twinning');
  const list = usePagedQuery(TwinningUncoveredQuery, { region: region.id }, 'villages', VILLAGES_PAGE);
  useRereadOnChange(list.retry);
  const conn = list.data?.regions;
  const villages = nodesOf(conn);
  const [proposed, setProposed] = useState<Proposed | null>(null);
  return (
    <Section id="tw-uncovered" title={t('uncovered.title')} count={conn?.totalCount}>
      <p className="muted tw-note">{t('uncovered.intro')}</p>
      <div role="status" className="tw-status">
        {proposed && (
          <p className="edit-saved">
            {t('uncovered.proposed', { partner: proposed.partner, village: proposed.village })} <Link to={`/twinnings/${proposed.id}`}>{t('uncovered.openPair')}</Link>
          </p>
        )}
      </div>
      <PagedList
        list={list}
        conn={conn}
        shown={villages.length}
        loading={t('uncovered.loading')}
        empty={{ title: t('uncovered.none'), hint: t('uncovered.noneHint') }}
        pagerLabel={t('uncovered.pages')}
      >
        <ul className="tw-villages">
          {villages.map((v) => (
            <li key={v.id} className="tw-village">
              <VillageCard village={v} partnerRegion={partnerRegion} ready={ready} onProposed={setProposed} />
            </li>
          ))}
        </ul>
      </PagedList>
    </Section>
  );
}

function VillageCard({ village, partnerRegion, ready, onProposed }: { village: Village; partnerRegion: string | undefined; ready: boolean; onProposed: (p: Proposed) => void }) {
  const { t } = useTranslation('twinning');
  const headingId = `tw-village-${village.id}`;
  return (
    <section aria-labelledby={headingId}>
      <h3 id={headingId} className="tw-village-head">
        <RegionLink region={village} />
        {village.parent && <span className="muted tw-village-sub">{village.parent.name}</span>}
      </h3>
      {village.leadingIndustry && <p className="muted tw-village-sub">{t('uncovered.industry', { industry: village.leadingIndustry })}</p>}
      <Suggestions village={village} partnerRegion={partnerRegion} ready={ready} onProposed={onProposed} />
    </section>
  );
}

function Suggestions({ village, partnerRegion, ready, onProposed }: { village: Village; partnerRegion: string | undefined; ready: boolean; onProposed: (p: Proposed) => void }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const mayWrite = useMayEdit();
  const board = useBoard();
  const [res, reexecute] = useQuery({ query: TwinningSuggestionsQueryDoc, variables: { village: village.id, partnerRegion, first: SUGGESTIONS }, pause: !ready });
  useRereadOnChange(() => reexecute({ requestPolicy: 'network-only' }));
  const [proposing, propose] = useMutation(ProposeTwinningMutation);
  const [failure, setFailure] = useState<string | null>(null);
  const data = res.data;
  if (res.error && !data) return <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  if (!data) return <Loading label={t('uncovered.loadingSuggestions', { village: village.name })} />;
  const pending = nodesOf(data.links);
  const pendingList =
    pending.length > 0 ? (
      <ul className="ent-list tw-pending">
        {pending.map((l) => (
          <li key={l.id}>
            <LinkStatusBadge status={l.status} />
            <span>{t('uncovered.pending', { partner: l.source.name })}</span>
            <Link to={`/twinnings/${l.id}`} aria-label={t('uncovered.openPairOf', { partner: l.source.name, village: village.name })}>
              {t('uncovered.openPair')}
            </Link>
          </li>
        ))}
      </ul>
    ) : null;
  const rows = data.twinningSuggestions.map((s) => ({ ...s, id: s.partner.id }));
  if (rows.length === 0)
    return (
      <>
        {pendingList}
        <Empty title={t('uncovered.noSuggestions')} hint={t(partnerRegion ? 'uncovered.noSuggestionsScope' : 'uncovered.noSuggestionsHint')} />
      </>
    );
  const accept = async (s: Suggestion) => {
    setFailure(null);
    const r = await propose({ input: { village: village.id, partner: s.partner.id } });
    if (r.error) {
      setFailure(errorMessage(r.error, t));
      return;
    }
    if (r.data) onProposed({ partner: s.partner.name, village: village.name, id: r.data.proposeTwinning.id });
    board.changed();
  };
  const factor = (s: Suggestion, f: string) => s.factors.find((x) => x.factor === f);
  const part = (s: Suggestion, f: string) => {
    const x = factor(s, f);
    return x ? (
      <div className="muted ent-sub">{t('factor.adds', { points: formatScore(x.weight * x.value, lng), value: formatScore(x.value, lng), weight: formatScore(x.weight, lng) })}</div>
    ) : null;
  };
  const columns: Column<(typeof rows)[number]>[] = [
    {
      title: t('suggest.partner'),
      rowHeader: true,
      cell: (s) => (
        <>
          <OrgLink org={s.partner} />
          <div className="muted ent-sub">{t(`kind.${s.partner.kind}`, { ns: 'common' })}</div>
        </>
      ),
    },
    { title: t('suggest.score'), className: 'ent-num', cell: (s) => <strong>{formatScore(s.score, lng)}</strong> },
    {
      title: t('factor.CAPACITY'),
      cell: (s) => (
        <>
          {t('suggest.remaining', { count: s.remaining, n: formatNumber(s.remaining, lng) })}
          {part(s, 'CAPACITY')}
        </>
      ),
    },
    {
      title: t('factor.DISTANCE'),
      cell: (s) => (
        <>
          {s.distanceKm == null ? t('suggest.noDistance') : t('suggest.km', { km: formatKm(s.distanceKm, lng) })}
          {part(s, 'DISTANCE')}
        </>
      ),
    },
    {
      title: t('factor.INDUSTRY'),
      cell: (s) => (
        <>
          {t(`suggest.industry.${industryFit(factor(s, 'INDUSTRY')?.value ?? 0)}`)}
          {part(s, 'INDUSTRY')}
        </>
      ),
    },
    {
      title: t('factor.TIES'),
      cell: (s) => (
        <>
          {s.steps == null ? t('suggest.noTies') : s.steps <= 1 ? t('suggest.linked') : t('suggest.steps', { count: s.steps })}
          {part(s, 'TIES')}
        </>
      ),
    },
    {
      title: t('factor.ACTIVITY'),
      cell: (s) => (
        <>
          {t('suggest.activities', { count: s.activities, n: formatNumber(s.activities, lng) })}
          {part(s, 'ACTIVITY')}
        </>
      ),
    },
  ];
  if (mayWrite)
    columns.push({
      title: t('suggest.action'),
      cell: (s) => (
        <button
          type="button"
          className="button button-primary"
          disabled={proposing.fetching}
          aria-label={t('suggest.acceptLabel', { partner: s.partner.name, village: village.name })}
          onClick={() => void accept(s)}
        >
          {t('suggest.accept')}
        </button>
      ),
    });
  return (
    <>
      {pendingList}
      {failure && (
        <div className="status status-error edit-alert" role="alert">
          <strong>{t('suggest.failed')}</strong>
          <p>{failure}</p>
        </div>
      )}
      <Table caption={t('suggest.caption', { village: village.name })} rows={rows} columns={columns} />
    </>
  );
}
