import { MessageBar, MessageBarBody, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import type { Circle, HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';
import { useLoaded } from '../api/use-loaded';

/** A horizontal bar with its figure in words beside it, so the chart reads without colour. */
function Bar({ label, value, max, text, alert = false }: { label: string; value: number; max: number; text: string; alert?: boolean }) {
  const width = max === 0 ? 0 : Math.round((value / max) * 100);
  return (
    <div style={{ display: 'grid', gridTemplateColumns: 'minmax(90px, 30%) 1fr auto', gap: 8, alignItems: 'center' }}>
      <Text size={200}>{label}</Text>
      <div role="img" aria-label={`${label}: ${text}`} style={{ background: tokens.colorNeutralBackground3, height: 10, borderRadius: 4 }}>
        <div style={{ width: `${width}%`, height: '100%', borderRadius: 4, background: alert ? tokens.colorPaletteRedBackground3 : tokens.colorBrandBackground }} />
      </div>
      <Text size={200}>{text}</Text>
    </div>
  );
}

/** Governance health: participation, time to decision, objections, roles per person, vacancies and overdue reviews. */
export default function Health({ api }: { api: ApiClient }) {
  const { data, error } = useLoaded(async () => {
    const [body, { circles }] = await Promise.all([api.get<{ health: HealthReport }>('health'), api.get<{ circles: Circle[] }>('circles')]);
    return { health: body.health, names: Object.fromEntries(circles.flatMap((c) => c.members.map((m) => [m.personId, m.displayName]))) as Record<string, string> };
  }, api);
  const health = data?.health ?? null;
  const names = data?.names ?? {};
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!health) return <Spinner label="Loading governance health…" />;
  const { consent } = health;
  const maxRoles = Math.max(1, ...health.roleLoads.map((l) => l.roles.length));
  const participation = consent.participationRate === null ? null : Math.round(consent.participationRate * 100);
  return (
    <section aria-label="Governance health" style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <Subtitle2 as="h2">Consent decisions</Subtitle2>
      <Bar label="Participation" value={participation ?? 0} max={100} text={participation === null ? 'no decision yet' : `${participation} % of those asked answered`} />
      <Text>
        {consent.decided} decided · median {consent.medianDaysToDecision ?? '—'} days from draft to decision · objections: {consent.objectionsRaised} raised, {consent.objectionsIntegrated} integrated,{' '}
        {consent.objectionsWithdrawn} withdrawn, {consent.objectionsOpen} open
      </Text>
      <Subtitle2 as="h2">Roles per person</Subtitle2>
      {health.roleLoads.map((load) => (
        <Bar key={load.personId} label={names[load.personId] ?? load.personId} value={load.roles.length} max={maxRoles} text={`${load.roles.length} role${load.roles.length === 1 ? '' : 's'}${load.overLimit ? ' — over the limit' : ''}`} alert={load.overLimit} />
      ))}
      <Subtitle2 as="h2">Links and vacancies</Subtitle2>
      <Text>
        {health.doubleLinkViolations.length === 0 ? 'Every circle is double-linked.' : health.doubleLinkViolations.map((v) => v.message).join(' ')} {health.vacancies.length} vacant role
        {health.vacancies.length === 1 ? '' : 's'}. {health.overdueReviews.length} review{health.overdueReviews.length === 1 ? '' : 's'} overdue.
      </Text>
    </section>
  );
}
