import { Field, MessageBar, MessageBarBody, Select, Spinner, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf } from '../api/circles';
import { useLoaded } from '../api/use-loaded';
import { Bar, MonthColumns } from './charts';

const percent = (rate: number) => `${Math.round(rate * 100)}%`;
const days = (value: number) => `${Math.round(value * 10) / 10} d`;

/**
 * Governance health of the organisation or of one circle: decisions, participation
 * and time to decision month by month, objections, roles per person, links,
 * vacancies and overdue reviews.
 */
export default function Health({ api }: { api: ApiClient }) {
  const [circleId, setCircleId] = useState('');
  const circles = useLoaded(() => circleMapOf(api), api);
  const report = useLoaded(() => api.get<{ health: HealthReport }>(`health${circleId ? `?circleId=${encodeURIComponent(circleId)}` : ''}`).then((body) => body.health), `${circleId}`);
  const error = circles.error ?? report.error;
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  const health = report.data;
  // Role loads are of those who hold roles today: the map names each holder.
  const names = Object.fromEntries((circles.data ?? []).flatMap((c) => Object.values(c.holders).map((h) => [h.personId, h.displayName])));
  const circleNames = Object.fromEntries((circles.data ?? []).map((c) => [c.circleId, c.name]));
  return (
    <section aria-label="Governance health" style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <Field label="Health of" style={{ maxWidth: 360 }}>
        <Select value={circleId} onChange={(_, data) => setCircleId(data.value)}>
          <option value="">The whole organisation</option>
          {(circles.data ?? []).map((c) => (
            <option key={c.circleId} value={c.circleId}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {!health || (health.circleId ?? '') !== circleId ? <Spinner label="Loading governance health…" /> : <Report health={health} names={names} circleNames={circleNames} />}
    </section>
  );
}

function Report({ health, names, circleNames }: { health: HealthReport; names: Record<string, string>; circleNames: Record<string, string> }) {
  const { consent, trend } = health;
  const maxRoles = Math.max(1, ...health.roleLoads.map((l) => l.roles.length));
  const overdueByCircle = Object.entries(
    health.overdueReviews.reduce<Record<string, number>>((counts, review) => ({ ...counts, [review.circleId]: (counts[review.circleId] ?? 0) + 1 }), {}),
  );
  const maxOverdue = Math.max(1, ...overdueByCircle.map(([, count]) => count));
  return (
    <>
      <Subtitle2 as="h2">Consent decisions, month by month</Subtitle2>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
        <MonthColumns title="Decisions" months={trend.map((m) => ({ month: m.month, value: m.decided, text: String(m.decided) }))} max={Math.max(1, ...trend.map((m) => m.decided))} />
        <MonthColumns
          title="Participation"
          months={trend.map((m) => ({ month: m.month, value: m.participationRate, text: m.participationRate === null ? 'no decision' : percent(m.participationRate) }))}
          max={1}
        />
        <MonthColumns
          title="Days from draft to decision (median)"
          months={trend.map((m) => ({ month: m.month, value: m.medianDaysToDecision, text: m.medianDaysToDecision === null ? 'no proposal adopted' : days(m.medianDaysToDecision) }))}
          max={Math.max(1, ...trend.map((m) => m.medianDaysToDecision ?? 0))}
        />
      </div>
      <Bar
        label="Participation, all time"
        value={consent.participationRate ?? 0}
        max={1}
        text={consent.participationRate === null ? 'no decision yet' : `${percent(consent.participationRate)} of those asked answered`}
      />
      <Text>
        {consent.decided} decided · median {consent.medianDaysToDecision === null ? '—' : days(consent.medianDaysToDecision)} from draft to decision · objections: {consent.objectionsRaised} raised,{' '}
        {consent.objectionsIntegrated} integrated, {consent.objectionsWithdrawn} withdrawn, {consent.objectionsOpen} open
      </Text>
      <Subtitle2 as="h2">Roles per person</Subtitle2>
      {health.roleLoads.length === 0 && <Text>Nobody holds a role here.</Text>}
      {health.roleLoads.map((load) => (
        <Bar key={load.personId} label={names[load.personId] ?? load.personId} value={load.roles.length} max={maxRoles} text={`${load.roles.length} role${load.roles.length === 1 ? '' : 's'}${load.overLimit ? ' — over the limit' : ''}`} alert={load.overLimit} />
      ))}
      <Subtitle2 as="h2">Overdue reviews</Subtitle2>
      {overdueByCircle.length === 0 ? (
        <Text>No review is overdue.</Text>
      ) : (
        overdueByCircle.map(([id, count]) => <Bar key={id} label={circleNames[id] ?? id} value={count} max={maxOverdue} text={`${count} overdue`} alert />)
      )}
      <Subtitle2 as="h2">Links and vacancies</Subtitle2>
      <Text>
        {health.doubleLinkViolations.length === 0 ? 'Every circle is double-linked.' : health.doubleLinkViolations.map((v) => v.message).join(' ')} {health.vacancies.length} vacant role
        {health.vacancies.length === 1 ? '' : 's'}.
      </Text>
    </>
  );
}
