import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeWarning, Circle } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf, circleOf, type ListedCircle, type MappedCircle } from '../api/circles';
import { messageOf } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { BringPeopleIn } from './bring-people-in';
import { RoleSelect } from './role-select';
import { ChangeWarnings, warningsOf } from './change-warnings';
import { EndTerm } from './end-term';
import { newId, today } from '../lib/new-ids';
import { useWords } from '../texts';

/** The controls a circle's setup checklist sends the focus to. */
export const recordTargets = { addMember: 'add-a-member', recordTerm: 'record-a-term' } as const;

/**
 * Sends one structure command and reports how it went; whether this person keeps
 * the circle's records is the core's to say, and its refusal is shown as it words it.
 */
function useCommand(api: ApiClient, onDone: (warnings: readonly ChangeWarning[]) => void) {
  const [error, setError] = useState<string | null>(null);
  const send = async (command: Record<string, unknown>) => {
    try {
      const reply = await api.post<unknown>('structure/commands', command);
      setError(null);
      onDone(warningsOf(reply));
      return true;
    } catch (caught) {
      setError(messageOf(caught));
      return false;
    }
  };
  const bar = error ? (
    <MessageBar intent="error" layout="multiline" role="alert">
      <MessageBarBody>{error}</MessageBarBody>
    </MessageBar>
  ) : null;
  return { send, bar };
}

/** The people of these circles, each once, by name: the picker's suggestions and the holders a role is chosen from. */
export function peopleOf(circles: readonly Pick<Circle, 'members'>[]): { personId: string; displayName: string; guest: boolean }[] {
  const byId = new Map(circles.flatMap((c) => c.members.map((m) => [m.personId, m] as const)));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Create a circle inside another: its secretary (or an admin) does it, and sets it up until it has its own. */
export function CreateCircle({ api, circles, onCreated }: { api: ApiClient; circles: readonly MappedCircle[]; onCreated: (circleId: string) => void }) {
  const [name, setName] = useState('');
  const [aim, setAim] = useState('');
  const [domain, setDomain] = useState('');
  const [parentId, setParentId] = useState(circles.find((c) => c.parentId === null)?.circleId ?? '');
  const [circleId] = useState(() => newId('c'));
  const { send, bar } = useCommand(api, () => onCreated(circleId));
  const t = useWords('records');
  return (
    <section aria-label={t('keepCreateCircle')} style={{ display: 'grid', gap: 8, maxWidth: 560 }}>
      <Subtitle2 as="h2">{t('keepCreateCircle')}</Subtitle2>
      {bar}
      <Field label={t('keepName')} required>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('keepAim')}>
        <Input value={aim} onChange={(_, d) => setAim(d.value)} />
      </Field>
      <Field label={t('keepDomain')}>
        <Input value={domain} onChange={(_, d) => setDomain(d.value)} />
      </Field>
      <Field label={t('keepInside')}>
        <Select value={parentId} onChange={(_, d) => setParentId(d.value)}>
          {circles
            .filter((c) => !c.archived)
            .map((c) => (
              <option key={c.circleId} value={c.circleId}>
                {c.name}
              </option>
            ))}
        </Select>
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void send({ type: 'create-circle', circleId, name, aim, domain, parentId })}>
          {t('keepCreate')}
        </Button>
      </div>
    </section>
  );
}


/**
 * The circles whose members a circle's records offer to add: its parent's, where the
 * double link is made, or for the general circle those of the circles inside it.
 */
async function neighboursOf(api: ApiClient, circle: ListedCircle): Promise<ListedCircle[]> {
  if (circle.parentId !== null) return [await circleOf(api, circle.parentId)];
  const inside = (await circleMapOf(api)).filter((c) => c.parentId === circle.circleId && !c.archived);
  return Promise.all(inside.map((c) => circleOf(api, c.circleId)));
}

interface RecordsProps {
  readonly api: ApiClient;
  readonly circle: ListedCircle;
  onChanged(warnings: readonly ChangeWarning[]): void;
  /** Kept by the caller, as the forms start afresh after each change, and shown beside them. */
  readonly warnings?: readonly ChangeWarning[];
}

/**
 * The circle's record keeping: add a member, record or end a role's term (a leader and
 * a delegate make the double link). `onChanged` hears what the change warns of.
 */
export function KeepRecords({ api, circle, onChanged, warnings = [] }: RecordsProps) {
  const neighbours = useLoaded(() => neighboursOf(api, circle), circle);
  const t = useWords('records');
  if (neighbours.error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{neighbours.error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!neighbours.data) return <Spinner label={t('keepLoading')} />;
  return <RecordForms api={api} circle={circle} neighbours={neighbours.data} onChanged={onChanged} warnings={warnings} />;
}

function RecordForms({ api, circle, neighbours, onChanged, warnings = [] }: RecordsProps & { readonly neighbours: readonly ListedCircle[] }) {
  const suggestions = peopleOf(neighbours);
  const [roleId, setRoleId] = useState<string>(circle.roles[0]?.roleId ?? '');
  // The parent chooses the leader from its own members too.
  const parent = neighbours.find((c) => c.circleId === circle.parentId);
  const holders = roleId === 'leader' && parent ? peopleOf([circle, parent]) : circle.members;
  const [personId, setPersonId] = useState(holders[0]?.personId ?? '');
  const [termStart, setTermStart] = useState(today());
  const { send, bar } = useCommand(api, onChanged);
  const t = useWords('records');
  return (
    <section aria-label={t('keepRecords')} style={{ display: 'grid', gap: 8, maxWidth: 560 }}>
      <Subtitle2 as="h3">{t('keepRecords')}</Subtitle2>
      <BringPeopleIn api={api} circle={circle} suggestions={suggestions} version={0} onAdded={onChanged} pickerId={recordTargets.addMember} />
      {bar}
      <ChangeWarnings warnings={warnings} />
      <div id={recordTargets.recordTerm} tabIndex={-1} style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <RoleSelect label={t('keepRole')} circle={circle} roleId={roleId} onChange={setRoleId} />
        <Field label={t('keepHeldBy')}>
          <Select value={personId} onChange={(_, d) => setPersonId(d.value)}>
            {holders.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('keepFrom')}>
          <Input type="date" value={termStart} onChange={(_, d) => setTermStart(d.value)} />
        </Field>
        <Button onClick={() => void send({ type: 'assign-role', circleId: circle.circleId, assignmentId: newId('term'), roleId, personId, termStart })}>{t('keepRecordTerm')}</Button>
      </div>
      <EndTerm
        circle={circle}
        today={today()}
        onEnd={(assignmentId, lastDay) => void send({ type: 'end-term', circleId: circle.circleId, assignmentId, lastDay })}
      />
    </section>
  );
}
