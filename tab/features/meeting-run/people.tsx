import { Badge, Button, Text } from '@fluentui/react-components';
import type { ApiClient } from '../../api/client';
import type { RunView } from './run-view';
import { Refusal, StepButton } from './step-button';
import { useWords } from '../../texts';
import { useStep } from './use-step';

interface PeopleProps {
  readonly api: ApiClient;
  readonly stepsPath: string;
  readonly view: RunView;
  readonly members: readonly { readonly personId: string; readonly displayName: string }[];
  readonly name: (personId: string) => string;
}

/** Arrow buttons narrow enough that both and “Mark … absent” share one row at side-panel width. */
const arrow = { minWidth: 32 } as const;

const swapped = (order: readonly string[], at: number, by: number): string[] => {
  const next = [...order];
  [next[at], next[at + by]] = [next[at + by] as string, next[at] as string];
  return next;
};

/** Those present in speaking order, the speaker marked for all; the facilitator's controls only when `steps` offers them. */
export function People({ api, stepsPath, view, members, name }: PeopleProps) {
  const order = view.meeting.speakingOrder;
  const may = (step: string) => view.steps.includes(step);
  const ordering = useStep(api, stepsPath);
  const t = useWords('meetings');
  const away = members.filter((member) => !order.includes(member.personId));
  return (
    <section aria-label={t('presentHeading')} style={{ display: 'grid', gap: 6 }}>
      <Text weight="semibold">{t('presentHeading')}</Text>
      {order.length === 0 && <Text size={200}>{t('nobodyPresent')}</Text>}
      <ol aria-label={t('presentLabel')} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
        {order.map((personId, index) => {
          const speaking = view.turn?.personId === personId;
          return (
            <li key={personId} aria-current={speaking ? 'true' : undefined} style={{ fontWeight: speaking ? 600 : 400 }}>
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
                <Text style={{ overflowWrap: 'anywhere' }}>{name(personId)}</Text>
                {speaking && <Badge appearance="filled">{t('speaking')}</Badge>}
              </span>
              {/* The facilitator's controls on a row of their own, so names line up at side-panel width. */}
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
                {may('set-speaking-order') && (
                  <>
                    <Button
                      size="small"
                      appearance="subtle"
                      style={arrow}
                      aria-label={t('moveUp', { person: name(personId) })}
                      disabled={index === 0 || ordering.busy}
                      onClick={() => void ordering.take('set-speaking-order', { order: swapped(order, index, -1) })}
                    >
                      ↑
                    </Button>
                    <Button
                      size="small"
                      appearance="subtle"
                      style={arrow}
                      aria-label={t('moveDown', { person: name(personId) })}
                      disabled={index === order.length - 1 || ordering.busy}
                      onClick={() => void ordering.take('set-speaking-order', { order: swapped(order, index, 1) })}
                    >
                      ↓
                    </Button>
                  </>
                )}
                {may('mark-absent') && (
                  <StepButton
                    api={api}
                    stepsPath={stepsPath}
                    type="mark-absent"
                    fields={{ personId }}
                    label={t('markAbsent', { person: name(personId) })}
                  />
                )}
              </span>
            </li>
          );
        })}
      </ol>
      <Refusal refusal={ordering.refusal} />
      {may('mark-present') && away.length > 0 && (
        <ul aria-label={t('awayLabel')} style={{ margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: 4, listStyle: 'none' }}>
          {away.map((member) => (
            <li key={member.personId}>
              <StepButton
                api={api}
                stepsPath={stepsPath}
                type="mark-present"
                fields={{ personId: member.personId }}
                label={t('markPresent', { person: member.displayName })}
              />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
