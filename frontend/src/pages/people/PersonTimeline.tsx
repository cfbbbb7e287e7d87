import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { nodesOf } from '../../components/paging';
import { Section } from '../../components/ui';
import { TIMELINE_LIMIT, Timeline, type TimelineGroup } from '../../components/Timeline';

export const PersonTimelineQuery = graphql(`
  query PersonTimeline($id: ID!, $limit: Int!) {
    node(id: $id) {
      __typename
      ... on Person {
        id
        positions(first: $limit, orderBy: { field: STARTED_ON, direction: ASC }) {
          totalCount
          edges { node { id role startedOn endedOn organization { id name } } }
        }
      }
    }
  }
`);

/** The person's posts over time, one band per organization, in the order they first joined. */
export function PersonTimeline({ id }: { id: string }) {
  const { t } = useTranslation(['people', 'common']);
  const [res, reexecute] = useQuery({ query: PersonTimelineQuery, variables: { id, limit: TIMELINE_LIMIT } });
  const node = res.data?.node?.__typename === 'Person' ? res.data.node : undefined;

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!node) body = <Loading label={t('timeline.loading')} />;
  else {
    const posts = nodesOf(node.positions);
    const groups = new Map<string, TimelineGroup>();
    for (const p of posts) {
      const g = groups.get(p.organization.id) ?? { key: p.organization.id, label: p.organization.name, items: [] };
      g.items.push({
        id: p.id,
        start: p.startedOn,
        end: p.endedOn,
        label: t(`role.${p.role}`, { ns: 'common' }),
        href: `/organizations/${p.organization.id}`,
        tone: 'post',
      });
      groups.set(p.organization.id, g);
    }
    body =
      groups.size === 0 ? (
        <Empty title={t('timeline.empty')} hint={t('timeline.emptyHint')} />
      ) : (
        <>
          <Timeline groups={[...groups.values()]} label={t('timeline.label')} />
          {node.positions.totalCount > posts.length && <p className="muted">{t('timeline.truncated', { count: TIMELINE_LIMIT })}</p>}
        </>
      );
  }
  return (
    <Section id="person-timeline" title={t('timeline.title')}>
      {body}
    </Section>
  );
}
