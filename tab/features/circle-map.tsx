import { MessageBar, MessageBarBody, ToggleButton } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useState } from 'react';
import type { Circle, DoubleLinkViolation, HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf, type MappedCircle } from '../api/circles';
import { messageOf } from '../api/client';
import { CircleList } from './circle-list';
import { useWords } from '../texts';
import { EmptyOrganisation } from './first-run';
import { CreateCircle } from './records';
import { ViewSkeleton } from './view-skeleton';

// The drawn map carries its layout library, so it is its own chunk: the list needs none of it.
const DrawnMap = lazy(() => import('./map/drawn-map'));

interface MapData {
  readonly circles: readonly MappedCircle[];
  readonly violations: readonly DoubleLinkViolation[];
}

type Shown = 'map' | 'list';
const shownKey = 'sociocracy-circle-map-shown';

// Remembered for the session only: a person who chose the list (their screen reader, a small screen) keeps it while they work.
const rememberedShown = (): Shown => (sessionStorage.getItem(shownKey) === 'map' ? 'map' : 'list');

/** The circle map: the circles nested, with the leader and delegate of each link and its health, drawn or as a list. */
export default function CircleMap({
  api,
  onReady,
  onOpen,
}: {
  api: ApiClient;
  onReady: () => void;
  onOpen: (circle: Pick<Circle, 'circleId'>) => void;
}) {
  const t = useWords('circles');
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [shown, setShown] = useState<Shown>(rememberedShown);
  useEffect(() => {
    let current = true;
    Promise.all([circleMapOf(api), api.get<{ health: HealthReport }>('health')])
      .then(([circles, { health }]) => {
        if (!current) return;
        setData({ circles, violations: health.doubleLinkViolations });
        onReady();
      })
      .catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api, onReady]);
  const show = (chosen: Shown) => {
    sessionStorage.setItem(shownKey, chosen);
    setShown(chosen);
  };
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) return <ViewSkeleton label={t('mapLoading')} />;
  const roots = data.circles.filter((c) => c.parentId === null && !c.archived);
  if (roots.length === 0) return <EmptyOrganisation api={api} onFinished={(circleId) => onOpen({ circleId })} />;
  return (
    <section aria-label={t('mapRegion')}>
      {/* biome-ignore lint/a11y/useSemanticElements: a fieldset's border and legend would break the toolbar's row */}
      <div role="group" aria-label={t('mapShowAs')} style={{ display: 'flex', gap: 4, margin: '8px 0' }}>
        {(
          [
            ['map', 'mapShowMap'],
            ['list', 'mapShowList'],
          ] as const
        ).map(([choice, name]) => (
          <ToggleButton key={choice} size="small" checked={shown === choice} onClick={() => show(choice)}>
            {t(name)}
          </ToggleButton>
        ))}
      </div>
      {shown === 'map' ? (
        <Suspense fallback={<ViewSkeleton label={t('mapLoading')} />}>
          <DrawnMap circles={data.circles} violations={data.violations} onOpen={onOpen} />
        </Suspense>
      ) : (
        <CircleList roots={roots} all={data.circles} violations={data.violations} onOpen={onOpen} />
      )}
      <CreateCircle api={api} circles={data.circles} onCreated={(circleId) => onOpen({ circleId })} />
    </section>
  );
}
