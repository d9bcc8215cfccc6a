import { Badge, Button, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { AgendaItem, Meeting } from '../../../shared';
import { messageOf, type ApiClient } from '../../api/client';
import { useWords } from '../../texts';
import { StepButton } from './step-button';

/** What an item's subject opens: the proposal or role selection whose rounds its own page runs. */
export interface SubjectLinks {
  /** With those present, in speaking order, so the proposal's round closes with them. */
  onOpenProposal(proposalId: string, present: readonly string[]): void;
  /** With those present, in speaking order, so the selection's round closes with them. */
  onOpenSelection(selectionId: string, present: readonly string[]): void;
}

function SubjectLink({ item, present, links }: { item: AgendaItem; present: readonly string[]; links: SubjectLinks }) {
  const subject = item.subjectId;
  const t = useWords('meetings');
  if (!subject || (item.type !== 'proposal' && item.type !== 'selection')) return null;
  const open = () => (item.type === 'proposal' ? links.onOpenProposal(subject, present) : links.onOpenSelection(subject, present));
  return (
    <Button size="small" appearance="transparent" onClick={open} style={{ height: 'auto', textAlign: 'start' }}>
      {t('openRecord', { title: item.title })}
    </Button>
  );
}

const itemDone = (meeting: Meeting, itemId: string) =>
  itemId !== meeting.currentItemId && (itemId in meeting.minutes || meeting.clocks[itemId]?.endedAt);

interface RunAgendaProps {
  readonly meeting: Meeting;
  readonly steps: readonly string[];
  readonly api: ApiClient;
  readonly stepsPath: string;
  readonly links?: SubjectLinks;
}

/** The agenda with progress: each item's time box, the one under way, those done; the facilitator starts items when `steps` offers it. */
export function RunAgenda({ meeting, steps, api, stepsPath, links }: RunAgendaProps) {
  const done = meeting.agenda.filter((item) => itemDone(meeting, item.itemId)).length;
  const t = useWords('meetings');
  return (
    <section aria-label={t('agendaLabel')} style={{ display: 'grid', gap: 4 }}>
      <Text weight="semibold">{t('agendaHeading')}</Text>
      <Text size={200}>{t('progress', { done, of: meeting.agenda.length })}</Text>
      <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 6 }}>
        {meeting.agenda.map((item) => {
          const now = item.itemId === meeting.currentItemId;
          return (
            <li key={item.itemId} aria-current={now ? 'step' : undefined}>
              <span style={{ display: 'flex', flexWrap: 'wrap', gap: 4, alignItems: 'center' }}>
                <Text weight={now ? 'semibold' : 'regular'} style={{ overflowWrap: 'anywhere' }}>
                  {item.title}
                </Text>
                <Badge appearance="outline">{t('timebox', { minutes: item.timeboxMinutes })}</Badge>
                {now && <Badge appearance="filled">{t('itemNow')}</Badge>}
                {itemDone(meeting, item.itemId) && <Badge appearance="tint">{t('itemDone')}</Badge>}
              </span>
              {links && <SubjectLink item={item} present={meeting.speakingOrder} links={links} />}
              {!now && steps.includes('start-item') && (
                <StepButton
                  api={api}
                  stepsPath={stepsPath}
                  type="start-item"
                  fields={{ itemId: item.itemId }}
                  label={t('startItem', { title: item.title })}
                />
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}

/** The agenda proposed from what is due (read when the facilitator may consent), each item with its time box, and the consent to it. */
export function ProposedAgenda({
  api,
  meetingPath,
  stepsPath,
  version,
}: {
  api: ApiClient;
  meetingPath: string;
  stepsPath: string;
  version: string;
}) {
  const [agenda, setAgenda] = useState<readonly AgendaItem[] | null>(null);
  const [failed, setFailed] = useState<string | null>(null);
  const t = useWords('meetings');
  // `version` is the meeting's agenda (its items' ids) as the meeting's page read it: when it changes, what is
  // proposed from what is due changes too, and is read again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a new read
  useEffect(() => {
    api.get<{ agenda: AgendaItem[] }>(`${meetingPath}/agenda`).then(
      ({ agenda: proposed }) => setAgenda(proposed),
      (caught) => setFailed(messageOf(caught)),
    );
  }, [api, meetingPath, version]);
  return (
    <section aria-label={t('proposedAgendaLabel')} style={{ display: 'grid', gap: 4 }}>
      <Text weight="semibold">{t('proposedAgendaLabel')}</Text>
      {failed && <Text role="alert">{failed}</Text>}
      <ol style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
        {(agenda ?? []).map((item) => (
          <li key={item.itemId}>
            <Text style={{ overflowWrap: 'anywhere' }}>{item.title}</Text>{' '}
            <Badge appearance="outline">{t('timebox', { minutes: item.timeboxMinutes })}</Badge>
          </li>
        ))}
      </ol>
      {agenda && (
        <StepButton api={api} stepsPath={stepsPath} type="consent-to-agenda" fields={{ agenda }} label={t('consentToAgenda')} primary />
      )}
    </section>
  );
}
