import { Card } from '@fluentui/react-components';
import { useEffect, useRef } from 'react';
import type { ApiClient } from '../../api/client';
import { ProposedAgenda, RunAgenda, type SubjectLinks } from './agenda';
import { AddItemForm, CheckInForm, EvaluateForm, MinutesForm } from './forms';
import { NowStrip } from './now-strip';
import { People } from './people';
import type { RunView } from './run-view';
import { StepButton } from './step-button';
import { useWords } from '../../texts';

interface RunPanelProps {
  readonly api: ApiClient;
  readonly meetingPath: string;
  readonly view: RunView;
  readonly receivedAt: number;
  readonly members: readonly { readonly personId: string; readonly displayName: string }[];
  readonly name: (personId: string) => string;
  readonly links: SubjectLinks;
}

/**
 * A meeting's run in a participant's side panel: where it stands, who speaks, the item's
 * time box, and exactly the steps the API says this person may take now.
 */
export function RunPanel({ api, meetingPath, view, receivedAt, members, name, links }: RunPanelProps) {
  const stepsPath = `${meetingPath}/steps`;
  const { meeting, steps, turn } = view;
  const may = (step: string) => steps.includes(step);
  const joined = useRef(false);
  const t = useWords('meetings');
  // Opening the panel is arriving at the meeting; the API offers joining only to someone not yet present.
  useEffect(() => {
    if (!may('join-meeting') || joined.current) return;
    joined.current = true;
    void api.post(stepsPath, { type: 'join-meeting' }).catch(() => {
      joined.current = false;
    });
  });
  const current = meeting.agenda.find((item) => item.itemId === meeting.currentItemId) ?? null;
  const minutesItem = current ?? meeting.agenda[0] ?? null;
  const button = (type: string, label: string, fields?: Record<string, unknown>) =>
    may(type) && <StepButton api={api} stepsPath={stepsPath} type={type} label={label} {...(fields ? { fields } : {})} />;
  return (
    <Card aria-label={t('runLabel')} style={{ display: 'grid', gap: 12, minWidth: 0 }}>
      <NowStrip view={view} receivedAt={receivedAt} name={name} />
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 6 }}>
        {button('open-check-in', t('openCheckIn'))}
        {turn && button('pass-turn', t('passTurn', { person: name(turn.personId) }), { personId: turn.personId })}
        {current && button('start-round', t('startRound'), { itemId: current.itemId })}
        {current && button('pause-clock', t('pauseClock'), { itemId: current.itemId })}
        {current && button('resume-clock', t('resumeClock'), { itemId: current.itemId })}
        {button('open-evaluation', t('openEvaluation'))}
        {button('close-meeting', t('closeMeeting'))}
      </div>
      {may('check-in') && <CheckInForm api={api} stepsPath={stepsPath} />}
      {may('evaluate-meeting') && <EvaluateForm api={api} stepsPath={stepsPath} />}
      <People api={api} stepsPath={stepsPath} view={view} members={members} name={name} />
      {may('consent-to-agenda') && (
        <ProposedAgenda
          api={api}
          meetingPath={meetingPath}
          stepsPath={stepsPath}
          version={meeting.agenda.map((item) => item.itemId).join(' ')}
        />
      )}
      {may('add-agenda-item') && <AddItemForm api={api} stepsPath={stepsPath} />}
      {meeting.agenda.length > 0 && <RunAgenda meeting={meeting} steps={steps} api={api} stepsPath={stepsPath} links={links} />}
      {may('record-minutes') && minutesItem && (
        <MinutesForm
          key={minutesItem.itemId}
          api={api}
          stepsPath={stepsPath}
          item={minutesItem}
          notes={meeting.minutes[minutesItem.itemId]?.notes ?? ''}
        />
      )}
    </Card>
  );
}
