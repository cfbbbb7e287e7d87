import { useEffect, useId, useRef, useState } from 'react';
import { useClient, type CombinedError } from 'urql';
import { useTranslation } from 'react-i18next';
import { graphql } from '../../gql';
import type { TwinningPlanQuery } from '../../gql/graphql';
import { ErrorState, Loading, errorMessage } from '../../components/Status';
import { Table, type Column } from '../../components/Table';
import { Facts, OrgLink, RegionLink, Section } from '../../components/ui';
import { formatNumber } from '../../lib/format';
import { useMayEdit } from '../../lib/scope';
import { useBoard } from './board';
import { formatScore } from './model';

export const TwinningPlanQueryDoc = graphql(`
  query TwinningPlan($region: ID!, $partnerRegion: ID) {
    twinningPlan(region: $region, partnerRegion: $partnerRegion) {
      method
      villages
      partners
      totalScore
      greedyAssigned
      greedyScore
      weights { factor weight }
      rows {
        village { id name nameLatin }
        organization { id name nameLatin }
        partner { id name nameLatin kind }
        remaining
        score
      }
      unassigned {
        village { id name nameLatin }
        reason
      }
    }
  }
`);

export const ApplyTwinningPlanMutation = graphql(`
  mutation ApplyTwinningPlan($plan: TwinningPlanInput!) {
    applyTwinningPlan(plan: $plan) {
      id
    }
  }
`);

type Plan = TwinningPlanQuery['twinningPlan'];
type Row = Plan['rows'][number] & { id: string };
type Outcome = { kind: 'applied'; count: number } | { kind: 'stale'; message: string } | { kind: 'failed'; error: CombinedError };

/**
 * A plan for every uncovered backward village of the region at once,
 * made on request: the pairs in a table, each ticked to be applied, the
 * plan's totals beside the greedy baseline's, the villages it could not
 * cover and why. Applying the ticked rows proposes them all or none; a
 * plan overtaken by other changes (STALE) has to be made again.
 */
export function PlanView({ region, partnerRegion, ready }: { region: { id: string; name: string }; partnerRegion: string | undefined; ready: boolean }) {
  const { t, i18n } = useTranslation(['twinning', 'common']);
  const lng = i18n.language;
  const client = useClient();
  const board = useBoard();
  const mayWrite = useMayEdit();
  const reasonId = useId();
  const [plan, setPlan] = useState<Plan | null>(null);
  const [making, setMaking] = useState(false);
  const [error, setError] = useState<CombinedError | null>(null);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [reason, setReason] = useState('');
  const [applying, setApplying] = useState(false);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  // A plan made for other partners no longer answers the question asked.
  const madeFor = useRef<string | undefined>(partnerRegion);
  useEffect(() => {
    if (madeFor.current === partnerRegion) return;
    madeFor.current = partnerRegion;
    setPlan(null);
    setOutcome(null);
  }, [partnerRegion]);
  useEffect(() => {
    if (outcome && outcome.kind !== 'applied') alertRef.current?.focus();
  }, [outcome]);

  const make = async () => {
    setMaking(true);
    setError(null);
    setOutcome(null);
    const r = await client.query(TwinningPlanQueryDoc, { region: region.id, partnerRegion }, { requestPolicy: 'network-only' }).toPromise();
    setMaking(false);
    if (r.error || !r.data) {
      setPlan(null);
      setError(r.error ?? null);
      return;
    }
    setPlan(r.data.twinningPlan);
    setTicked(new Set(r.data.twinningPlan.rows.map((row) => row.village.id)));
  };

  const apply = async () => {
    if (!plan) return;
    setApplying(true);
    setOutcome(null);
    const rows = plan.rows.filter((r) => ticked.has(r.village.id)).map((r) => ({ village: r.village.id, partner: r.partner.id, remaining: r.remaining }));
    const r = await client.mutation(ApplyTwinningPlanMutation, { plan: { rows, reason: reason.trim() || undefined } }).toPromise();
    setApplying(false);
    if (r.error) {
      const first = r.error.graphQLErrors[0];
      setOutcome(first?.extensions?.code === 'STALE' ? { kind: 'stale', message: first.message } : { kind: 'failed', error: r.error });
      return;
    }
    setOutcome({ kind: 'applied', count: r.data?.applyTwinningPlan.length ?? rows.length });
    setPlan(null);
    setReason('');
    board.changed();
  };

  const toggle = (id: string, on: boolean) =>
    setTicked((s) => {
      const next = new Set(s);
      if (on) next.add(id);
      else next.delete(id);
      return next;
    });

  let body = null;
  if (making) body = <Loading label={t('plan.making')} />;
  else if (error) body = <ErrorState error={error} retry={() => void make()} />;
  else if (plan) {
    const rows: Row[] = plan.rows.map((r) => ({ ...r, id: r.village.id }));
    const columns: Column<Row>[] = [];
    if (mayWrite)
      columns.push({
        title: t('plan.apply'),
        cell: (r) => (
          <input
            type="checkbox"
            checked={ticked.has(r.id)}
            aria-label={t('plan.tick', { village: r.village.name, partner: r.partner.name })}
            onChange={(e) => toggle(r.id, e.target.checked)}
          />
        ),
      });
    columns.push(
      { title: t('plan.village'), rowHeader: true, cell: (r) => <RegionLink region={r.village} /> },
      { title: t('plan.organization'), cell: (r) => <OrgLink org={r.organization} /> },
      {
        title: t('plan.partner'),
        cell: (r) => (
          <>
            <OrgLink org={r.partner} />
            <div className="muted ent-sub">{t(`kind.${r.partner.kind}`, { ns: 'common' })}</div>
          </>
        ),
      },
      { title: t('plan.remaining'), className: 'ent-num', cell: (r) => formatNumber(r.remaining, lng) },
      { title: t('plan.score'), className: 'ent-num', cell: (r) => formatScore(r.score, lng) },
    );
    const tickedCount = plan.rows.filter((r) => ticked.has(r.village.id)).length;
    body = (
      <div className="tw-plan">
        <Facts
          items={[
            [t('plan.method'), t('plan.minCostFlow')],
            [t('plan.villages'), formatNumber(plan.villages, lng)],
            [t('plan.partners'), formatNumber(plan.partners, lng)],
            [t('plan.assigned'), t('plan.versus', { plan: formatNumber(plan.rows.length, lng), greedy: formatNumber(plan.greedyAssigned, lng) })],
            [t('plan.totalScore'), t('plan.versus', { plan: formatScore(plan.totalScore, lng), greedy: formatScore(plan.greedyScore, lng) })],
            [t('plan.weights'), plan.weights.map((w) => t('plan.weight', { factor: t(`factor.${w.factor}`), weight: formatScore(w.weight, lng) })).join(t('plan.separator'))],
          ]}
        />
        {rows.length > 0 ? (
          <Table caption={t('plan.caption', { region: region.name })} rows={rows} columns={columns} />
        ) : (
          <p className="muted">{t('plan.noRows')}</p>
        )}
        {plan.unassigned.length > 0 && (
          <>
            <h3 id="tw-unassigned">{t('plan.unassigned', { count: plan.unassigned.length })}</h3>
            <ul className="ent-list" aria-labelledby="tw-unassigned">
              {plan.unassigned.map((u) => (
                <li key={u.village.id}>
                  <RegionLink region={u.village} />
                  <span className="muted">{t(`plan.reason.${u.reason}`)}</span>
                </li>
              ))}
            </ul>
          </>
        )}
        {mayWrite && rows.length > 0 && (
          <div className="tw-apply">
            <div className="form-field">
              <label htmlFor={reasonId}>{t('plan.reasonLabel')}</label>
              <input id={reasonId} type="text" value={reason} onChange={(e) => setReason(e.target.value)} />
            </div>
            <button type="button" className="button button-primary" disabled={applying || tickedCount === 0} onClick={() => void apply()}>
              {applying ? t('plan.applying') : t('plan.applyTicked', { count: tickedCount })}
            </button>
          </div>
        )}
      </div>
    );
  }

  return (
    <Section
      id="tw-plan"
      title={t('plan.title')}
      actions={
        <button type="button" className="button" disabled={making || !ready} onClick={() => void make()}>
          {plan ? t('plan.makeAgain') : t('plan.make')}
        </button>
      }
    >
      <p className="muted tw-note">{t('plan.intro')}</p>
      <div role="status" className="tw-status">
        {outcome?.kind === 'applied' && <p className="edit-saved">{t('plan.applied', { count: outcome.count })}</p>}
      </div>
      {outcome && outcome.kind !== 'applied' && (
        <div className="status status-error edit-alert" role="alert" tabIndex={-1} ref={alertRef}>
          {outcome.kind === 'stale' ? (
            <>
              <strong>{t('plan.staleTitle')}</strong>
              <p>{t('plan.stale')}</p>
              <p className="muted">{outcome.message}</p>
              <button type="button" className="button" onClick={() => void make()}>
                {t('plan.makeAgain')}
              </button>
            </>
          ) : (
            <>
              <strong>{t('plan.failed')}</strong>
              <p>{errorMessage(outcome.error, t)}</p>
            </>
          )}
        </div>
      )}
      {body}
    </Section>
  );
}
