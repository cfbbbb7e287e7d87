import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import { Empty, ErrorState, Loading } from '../../components/Status';
import { nodesOf } from '../../components/paging';
import { Section } from '../../components/ui';
import { TIMELINE_LIMIT, Timeline, type TimelineGroup } from '../../components/Timeline';
import { LINK_KINDS, ROLE_ORDER } from '../../lib/enums';

export const OrganizationTimelineQuery = graphql(`
  query OrganizationTimeline($id: ID!, $limit: Int!) {
    node(id: $id) {
      __typename
      ... on Organization {
        id
        positions(first: $limit, orderBy: { field: STARTED_ON, direction: ASC }) {
          totalCount
          edges { node { id role startedOn endedOn person { id name } } }
        }
        links(first: $limit) {
          totalCount
          edges { node { id kind startedOn endedOn source { id name } target { id name } } }
        }
      }
    }
  }
`);

export function OrgTimeline({ id }: { id: string }) {
  const { t } = useTranslation(['organizations', 'common']);
  const [res, reexecute] = useQuery({ query: OrganizationTimelineQuery, variables: { id, limit: TIMELINE_LIMIT } });
  const node = res.data?.node?.__typename === 'Organization' ? res.data.node : undefined;

  let body;
  if (res.error) body = <ErrorState error={res.error} retry={() => reexecute({ requestPolicy: 'network-only' })} />;
  else if (!node) body = <Loading label={t('timeline.loading')} />;
  else {
    const posts = nodesOf(node.positions);
    const links = nodesOf(node.links);
    const groups: TimelineGroup[] = [
      ...ROLE_ORDER.map((role) => ({
        key: `role-${role}`,
        label: t(`role.${role}`, { ns: 'common' }),
        items: posts
          .filter((p) => p.role === role)
          .map((p) => ({ id: p.id, start: p.startedOn, end: p.endedOn, label: p.person.name, href: `/people/${p.person.id}`, tone: 'post' as const })),
      })),
      ...LINK_KINDS.map((kind) => ({
        key: `link-${kind}`,
        label: t(`linkKind.${kind}`, { ns: 'common' }),
        items: links
          .filter((l) => l.kind === kind)
          .map((l) => {
            const partner = l.source.id === id ? l.target : l.source;
            return { id: l.id, start: l.startedOn, end: l.endedOn, label: partner.name, href: `/organizations/${partner.id}`, tone: 'link' as const };
          }),
      })),
    ].filter((g) => g.items.length > 0);
    const truncated = node.positions.totalCount > posts.length || node.links.totalCount > links.length;
    body =
      groups.length === 0 ? (
        <Empty title={t('timeline.empty')} hint={t('timeline.emptyHint')} />
      ) : (
        <>
          <Timeline groups={groups} label={t('timeline.label')} />
          {truncated && <p className="muted">{t('timeline.truncated', { count: TIMELINE_LIMIT })}</p>}
        </>
      );
  }

  return (
    <Section id="org-timeline" title={t('timeline.title')}>
      {body}
    </Section>
  );
}
