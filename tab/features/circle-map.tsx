import { Badge, Button, Card, CardHeader, MessageBar, MessageBarBody, Spinner, Text, tokens } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, DoubleLinkViolation, HealthReport } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf, type MappedCircle } from '../api/circles';
import { EmptyOrganisation } from './first-run';
import { CreateCircle } from './records';
import { messageOf } from '../api/client';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface MapData {
  readonly circles: readonly MappedCircle[];
  readonly violations: readonly DoubleLinkViolation[];
}

/** One circle of the map: aim, the leader and delegate who link it to its parent, and the health of that link. */
function CircleNode({ circle, all, violations, onOpen }: { circle: MappedCircle; all: readonly MappedCircle[]; violations: readonly DoubleLinkViolation[]; onOpen: (circle: Pick<Circle, 'circleId'>) => void }) {
  const own = violations.filter((v) => v.circleId === circle.circleId);
  const children = all.filter((c) => c.parentId === circle.circleId && !c.archived);
  const leader = circle.holders.leader?.displayName;
  const delegate = circle.holders.delegate?.displayName;
  return (
    <li style={{ listStyle: 'none', marginTop: 8 }}>
      <Card aria-label={circle.name} style={{ maxWidth: 560 }}>
        <CardHeader
          header={<Text weight="semibold">{circle.name}</Text>}
          description={<Text size={200}>{circle.aim || 'No aim written yet.'}</Text>}
          action={
            circle.parentId === null ? (
              <Badge appearance="tint" color="informative" style={nowrap}>General circle</Badge>
            ) : own.length === 0 ? (
              <Badge appearance="tint" color="success" style={nowrap}>Double-linked</Badge>
            ) : (
              <Badge appearance="filled" color="danger" style={nowrap}>Link incomplete</Badge>
            )
          }
        />
        {circle.parentId !== null && (
          <Text size={200}>
            Leader (chosen by the parent): {leader ?? '—'} · Delegate (chosen by the circle): {delegate ?? '—'}
          </Text>
        )}
        <Text size={200}>{circle.memberCount} members</Text>
        <div>
          <Button size="small" onClick={() => onOpen(circle)} aria-label={`Open ${circle.name}`}>
            Open
          </Button>
        </div>
        {own.map((v) => (
          <Text key={v.rule} size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {v.message}
          </Text>
        ))}
      </Card>
      {children.length > 0 && (
        <ul aria-label={`Circles inside ${circle.name}`} style={{ paddingLeft: 24, borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, marginLeft: 12 }}>
          {children.map((child) => (
            <CircleNode key={child.circleId} circle={child} all={all} violations={violations} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The circle map: the tree of circles with the leader and delegate of each link, and its health. */
export default function CircleMap({ api, onReady, onOpen }: { api: ApiClient; onReady: () => void; onOpen: (circle: Pick<Circle, 'circleId'>) => void }) {
  const [data, setData] = useState<MapData | null>(null);
  const [error, setError] = useState<string | null>(null);
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
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!data) return <Spinner label="Loading the circles…" />;
  const roots = data.circles.filter((c) => c.parentId === null && !c.archived);
  if (roots.length === 0) return <EmptyOrganisation api={api} onFinished={(circleId) => onOpen({ circleId })} />;
  return (
    <section aria-label="Circle map">
      <ul style={{ padding: 0 }}>
        {roots.map((root) => (
          <CircleNode key={root.circleId} circle={root} all={data.circles} violations={data.violations} onOpen={onOpen} />
        ))}
      </ul>
      <CreateCircle api={api} circles={data.circles} onCreated={(circleId) => onOpen({ circleId })} />
    </section>
  );
}
