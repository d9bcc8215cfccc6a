import { Field, MessageBar, MessageBarBody, Select, Subtitle2, Text } from '@fluentui/react-components';
import { type ReactNode, useState } from 'react';
import type { HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf } from '../api/circles';
import { useLoaded } from '../api/use-loaded';
import { useTexts, useWords } from '../texts';
import { Bar, MonthColumns } from './charts';
import { RoleLimit } from './role-limit';
import { ViewSkeleton } from './view-skeleton';

/**
 * Governance health of the organisation or of one circle: decisions, participation
 * and time to decision month by month, objections, roles per person, links,
 * vacancies and overdue reviews.
 */
export default function Health({ api }: { api: ApiClient }) {
  const t = useWords('circles');
  const [circleId, setCircleId] = useState('');
  // Raised when the role limit changes, so the report names those above the new one.
  const [version, setVersion] = useState(0);
  const circles = useLoaded(() => circleMapOf(api), api);
  const report = useLoaded(
    () =>
      api.get<{ health: HealthReport }>(`health${circleId ? `?circleId=${encodeURIComponent(circleId)}` : ''}`).then((body) => body.health),
    `${circleId}:${version}`,
  );
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
    <section aria-label={t('healthRegion')} style={{ display: 'grid', gap: 12, maxWidth: 760 }}>
      <Field label={t('healthOf')} style={{ maxWidth: 360 }}>
        <Select value={circleId} onChange={(_, data) => setCircleId(data.value)}>
          <option value="">{t('healthWholeOrganisation')}</option>
          {(circles.data ?? []).map((c) => (
            <option key={c.circleId} value={c.circleId}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      {!health || (health.circleId ?? '') !== circleId ? (
        <ViewSkeleton label={t('healthLoading')} />
      ) : (
        <Report
          health={health}
          names={names}
          circleNames={circleNames}
          roleLimit={<RoleLimit api={api} onChanged={() => setVersion(version + 1)} />}
        />
      )}
    </section>
  );
}

function Report({
  health,
  names,
  circleNames,
  roleLimit,
}: {
  health: HealthReport;
  names: Record<string, string>;
  circleNames: Record<string, string>;
  /** The organisation's role limit, and its control for an admin, shown with the roles each person holds. */
  roleLimit: ReactNode;
}) {
  const t = useWords('circles');
  const texts = useTexts();
  const percent = (rate: number) => t('healthPercent', { rate });
  const days = (value: number) => t('healthDays', { days: Math.round(value * 10) / 10 });
  const { consent, trend } = health;
  const maxRoles = Math.max(1, ...health.roleLoads.map((l) => l.roles.length));
  const overdueCounts = new Map<string, number>();
  for (const review of health.overdueReviews) overdueCounts.set(review.circleId, (overdueCounts.get(review.circleId) ?? 0) + 1);
  const overdueByCircle = [...overdueCounts.entries()];
  const maxOverdue = Math.max(1, ...overdueByCircle.map(([, count]) => count));
  return (
    <>
      <Subtitle2 as="h2">{t('healthDecisionsHeading')}</Subtitle2>
      <div style={{ display: 'grid', gap: 16, gridTemplateColumns: 'repeat(auto-fit, minmax(220px, 1fr))' }}>
        <MonthColumns
          title={t('healthDecisions')}
          months={trend.map((m) => ({ month: m.month, value: m.decided, text: String(m.decided) }))}
          max={Math.max(1, ...trend.map((m) => m.decided))}
        />
        <MonthColumns
          title={t('healthParticipation')}
          months={trend.map((m) => ({
            month: m.month,
            value: m.participationRate,
            text: m.participationRate === null ? t('healthNoDecision') : percent(m.participationRate),
          }))}
          max={1}
        />
        <MonthColumns
          title={t('healthDaysToDecision')}
          months={trend.map((m) => ({
            month: m.month,
            value: m.medianDaysToDecision,
            text: m.medianDaysToDecision === null ? t('healthNoAdopted') : days(m.medianDaysToDecision),
          }))}
          max={Math.max(1, ...trend.map((m) => m.medianDaysToDecision ?? 0))}
        />
      </div>
      <Bar
        label={t('healthParticipationAllTime')}
        value={consent.participationRate ?? 0}
        max={1}
        text={
          consent.participationRate === null
            ? t('healthNoDecisionYet')
            : t('healthAnswered', { percent: percent(consent.participationRate) })
        }
      />
      <Text>
        {t('healthSummary', {
          decided: consent.decided,
          median: consent.medianDaysToDecision === null ? '—' : days(consent.medianDaysToDecision),
          raised: consent.objectionsRaised,
          integrated: consent.objectionsIntegrated,
          withdrawn: consent.objectionsWithdrawn,
          open: consent.objectionsOpen,
        })}
      </Text>
      <Subtitle2 as="h2">{t('healthRolesHeading')}</Subtitle2>
      {roleLimit}
      {health.roleLoads.length === 0 && <Text>{t('healthNobodyHolds')}</Text>}
      {health.roleLoads.map((load) => (
        <Bar
          key={load.personId}
          label={names[load.personId] ?? load.personId}
          value={load.roles.length}
          max={maxRoles}
          text={t(load.overLimit ? 'healthRolesOverLimit' : 'healthRoles', { count: load.roles.length })}
          alert={load.overLimit}
        />
      ))}
      <Subtitle2 as="h2">{t('healthOverdueHeading')}</Subtitle2>
      {overdueByCircle.length === 0 ? (
        <Text>{t('healthNoOverdue')}</Text>
      ) : (
        overdueByCircle.map(([id, count]) => (
          <Bar key={id} label={circleNames[id] ?? id} value={count} max={maxOverdue} text={t('healthOverdue', { count })} alert />
        ))
      )}
      <Subtitle2 as="h2">{t('healthLinksHeading')}</Subtitle2>
      <Text>
        {health.doubleLinkViolations.length === 0
          ? t('healthAllLinked')
          : health.doubleLinkViolations.map((v) => texts.say('core', v.said)).join(' ')}{' '}
        {t('healthVacancies', { count: health.vacancies.length })}
      </Text>
    </>
  );
}
