import { MessageBar, MessageBarBody, Spinner, Subtitle2, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';

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
  const [health, setHealth] = useState<HealthReport | null>(null);
  const [names, setNames] = useState<Readonly<Record<string, string>>>({});
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    Promise.all([api.get<{ health: HealthReport }>('health'), api.get<{ circles: Circle[] }>('circles')])
      .then(([body, { circles }]) => {
        if (!current) return;
        setNames(Object.fromEntries(circles.flatMap((c) => c.members.map((m) => [m.personId, m.displayName]))));
        setHealth(body.health);
      })
      .catch((caught: unknown) => current && setError(caught instanceof Error ? caught.message : String(caught)));
    return () => {
      current = false;
    };
  }, [api]);
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
