import { Badge, Button, Card, CardHeader, Text, tokens } from '@fluentui/react-components';
import type { Circle, DoubleLinkViolation } from '../../shared';
import type { MappedCircle } from '../api/circles';
import { useTexts, useWords } from '../texts';

const nowrap = { whiteSpace: 'nowrap' } as const;

interface ListProps {
  readonly all: readonly MappedCircle[];
  readonly violations: readonly DoubleLinkViolation[];
  readonly onOpen: (circle: Pick<Circle, 'circleId'>) => void;
}

/** One circle of the list: aim, the leader and delegate who link it to its parent, and the health of that link. */
function CircleNode({ circle, all, violations, onOpen }: ListProps & { circle: MappedCircle }) {
  const t = useWords('circles');
  const texts = useTexts();
  const own = violations.filter((v) => v.circleId === circle.circleId);
  const children = all.filter((c) => c.parentId === circle.circleId && !c.archived);
  const leader = circle.holders.leader?.displayName;
  const delegate = circle.holders.delegate?.displayName;
  return (
    <li style={{ listStyle: 'none', marginTop: 8 }}>
      <Card aria-label={circle.name} style={{ maxWidth: 560 }}>
        <CardHeader
          header={<Text weight="semibold">{circle.name}</Text>}
          description={<Text size={200}>{circle.aim || t('noAim')}</Text>}
          action={
            circle.parentId === null ? (
              <Badge appearance="tint" color="informative" style={nowrap}>
                {t('listGeneralCircle')}
              </Badge>
            ) : own.length === 0 ? (
              <Badge appearance="tint" color="success" style={nowrap}>
                {t('listDoubleLinked')}
              </Badge>
            ) : (
              <Badge appearance="filled" color="danger" style={nowrap}>
                {t('listLinkIncomplete')}
              </Badge>
            )
          }
        />
        {circle.parentId !== null && <Text size={200}>{t('listLinks', { leader: leader ?? '—', delegate: delegate ?? '—' })}</Text>}
        <Text size={200}>{t('memberCount', { count: circle.memberCount })}</Text>
        <div>
          <Button size="small" onClick={() => onOpen(circle)} aria-label={t('openNamed', { name: circle.name })}>
            {t('open')}
          </Button>
        </div>
        {own.map((v) => (
          <Text key={v.rule} size={200} style={{ color: tokens.colorPaletteRedForeground1 }}>
            {texts.say('core', v.said)}
          </Text>
        ))}
      </Card>
      {children.length > 0 && (
        <ul
          aria-label={t('listCirclesInside', { circle: circle.name })}
          style={{ paddingLeft: 24, borderLeft: `2px solid ${tokens.colorNeutralStroke2}`, marginLeft: 12 }}
        >
          {children.map((child) => (
            <CircleNode key={child.circleId} circle={child} all={all} violations={violations} onOpen={onOpen} />
          ))}
        </ul>
      )}
    </li>
  );
}

/** The circles as an indented list of cards: the drawn map's accessible alternative. */
export function CircleList({ roots, ...props }: ListProps & { roots: readonly MappedCircle[] }) {
  return (
    <ul style={{ padding: 0 }}>
      {roots.map((root) => (
        <CircleNode key={root.circleId} circle={root} {...props} />
      ))}
    </ul>
  );
}
