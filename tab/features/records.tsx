import { Button, Field, Input, MessageBar, MessageBarBody, Select, Subtitle2 } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeWarning, Circle, CircleSteps } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf, circleOf, type ListedCircle, type MappedCircle } from '../api/circles';
import { createCircleInOf } from '../api/setup';
import { OnDemand } from './on-demand';
import { useRefusal } from './refusal';
import { useStepToast } from './toasts';
import { useLoaded } from '../api/use-loaded';
import { BringPeopleIn } from './bring-people-in';
import { RoleSelect } from './role-select';
import { ChangeWarnings, warningsOf } from './change-warnings';
import { EndTerm } from './end-term';
import { newId, today } from '../lib/new-ids';
import { useWords } from '../texts';
import { ViewSkeleton } from './view-skeleton';

/** The controls a circle's setup checklist sends the focus to. */
export const recordTargets = { addMember: 'add-a-member', recordTerm: 'record-a-term' } as const;

/**
 * Sends one structure command and reports how it went; whether this person keeps
 * the circle's records is the core's to say. Its refusal shows on the field it names
 * (`fields`, by form), else above the forms, in the core's words; a step taken says so in a toast.
 */
function useCommand(api: ApiClient, fields: readonly string[], onDone: (warnings: readonly ChangeWarning[]) => void) {
  const refusal = useRefusal(fields);
  const toast = useStepToast();
  const t = useWords('records');
  const send = async (command: { type: string } & Record<string, unknown>) => {
    let reply: unknown;
    const taken = await refusal.attempt(async () => {
      reply = await api.post<unknown>('structure/commands', command);
    }, command.type);
    if (taken) {
      toast(t('toastRecord', { command: command.type.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase()) }));
      onDone(warningsOf(reply));
    }
    return taken;
  };
  return { ...refusal, send };
}

/** The people of these circles, each once, by name: the picker's suggestions and the holders a role is chosen from. */
export function peopleOf(circles: readonly Pick<Circle, 'members'>[]): { personId: string; displayName: string; guest: boolean }[] {
  const byId = new Map(circles.flatMap((c) => c.members.map((m) => [m.personId, m] as const)));
  return [...byId.values()].sort((a, b) => a.displayName.localeCompare(b.displayName));
}

/** Create a circle inside another: its secretary (or an admin) does it, and sets it up until it has its own. */
export function CreateCircle({
  api,
  circles,
  onCreated,
}: {
  api: ApiClient;
  circles: readonly MappedCircle[];
  onCreated: (circleId: string) => void;
}) {
  const t = useWords('records');
  // Offered only inside the circles whose records this person keeps, as the core answers it.
  const insideOf = useLoaded(() => createCircleInOf(api), 'create-circle-in');
  const parents = circles.filter((c) => insideOf.data?.includes(c.circleId));
  if (parents.length === 0) return null;
  return (
    <OnDemand label={t('keepCreateCircle')}>
      {(close) => <CreateCircleForm api={api} parents={parents} onCreated={onCreated} onCancel={close} />}
    </OnDemand>
  );
}

function CreateCircleForm({
  api,
  parents,
  onCreated,
  onCancel,
}: {
  api: ApiClient;
  parents: readonly MappedCircle[];
  onCreated: (circleId: string) => void;
  onCancel: () => void;
}) {
  const [name, setName] = useState('');
  const [aim, setAim] = useState('');
  const [domain, setDomain] = useState('');
  const [parentId, setParentId] = useState(parents.find((c) => c.parentId === null)?.circleId ?? parents[0]?.circleId ?? '');
  const [circleId] = useState(() => newId('c'));
  const { send, filled, on, bar } = useCommand(
    api,
    ['create-circle:name', 'create-circle:aim', 'create-circle:domain', 'create-circle:parentId'],
    () => onCreated(circleId),
  );
  const t = useWords('records');
  const create = () => filled({ name }, 'create-circle') && void send({ type: 'create-circle', circleId, name, aim, domain, parentId });
  return (
    <section aria-label={t('keepCreateCircle')} style={{ display: 'grid', gap: 8, maxWidth: 560 }}>
      <Subtitle2 as="h2">{t('keepCreateCircle')}</Subtitle2>
      {bar}
      <Field label={t('keepName')} required {...on('name', 'create-circle')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('keepAim')} {...on('aim', 'create-circle')}>
        <Input value={aim} onChange={(_, d) => setAim(d.value)} />
      </Field>
      <Field label={t('keepDomain')} {...on('domain', 'create-circle')}>
        <Input value={domain} onChange={(_, d) => setDomain(d.value)} />
      </Field>
      <Field label={t('keepInside')} {...on('parentId', 'create-circle')}>
        <Select value={parentId} onChange={(_, d) => setParentId(d.value)}>
          {parents.map((c) => (
            <option key={c.circleId} value={c.circleId}>
              {c.name}
            </option>
          ))}
        </Select>
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={create}>
          {t('keepCreate')}
        </Button>
        <Button onClick={onCancel}>{t('formCancel')}</Button>
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
  /** What the core lets the caller record here: members with the records, the terms of `recordTerms`' roles. */
  readonly may: Pick<CircleSteps, 'keepRecords' | 'recordTerms'>;
  onChanged(warnings: readonly ChangeWarning[]): void;
  /** Kept by the caller, as the forms start afresh after each change, and shown beside them. */
  readonly warnings?: readonly ChangeWarning[];
}

/**
 * The circle's record keeping: add a member, record or end a role's term (a leader and
 * a delegate make the double link). `onChanged` hears what the change warns of.
 */
export function KeepRecords({ api, circle, may, onChanged, warnings = [] }: RecordsProps) {
  const neighbours = useLoaded(() => neighboursOf(api, circle), circle);
  const t = useWords('records');
  if (neighbours.error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{neighbours.error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!neighbours.data) return <ViewSkeleton label={t('keepLoading')} cards={1} />;
  return <RecordForms api={api} circle={circle} may={may} neighbours={neighbours.data} onChanged={onChanged} warnings={warnings} />;
}

function RecordForms({
  api,
  circle,
  may,
  neighbours,
  onChanged,
  warnings = [],
}: RecordsProps & { readonly neighbours: readonly ListedCircle[] }) {
  const suggestions = peopleOf(neighbours);
  const t = useWords('records');
  const { send, on, bar } = useCommand(
    api,
    ['assign-role:roleId', 'assign-role:personId', 'assign-role:termStart', 'end-term:assignmentId', 'end-term:lastDay'],
    onChanged,
  );
  return (
    <section aria-label={t('keepRecords')} style={{ display: 'grid', gap: 8, maxWidth: 560 }}>
      <Subtitle2 as="h3">{t('keepRecords')}</Subtitle2>
      {bar}
      <ChangeWarnings warnings={warnings} />
      {may.keepRecords && (
        <OnDemand label={t('keepAddMember')} id={recordTargets.addMember}>
          {() => (
            <BringPeopleIn
              api={api}
              circle={circle}
              suggestions={suggestions}
              version={0}
              onAdded={onChanged}
              pickerId={recordTargets.addMember}
            />
          )}
        </OnDemand>
      )}
      {may.recordTerms.length > 0 && (
        <OnDemand label={t('keepRecordATerm')} id={recordTargets.recordTerm}>
          {(close) => (
            <RecordTerm
              circle={circle}
              roleIds={may.recordTerms}
              parent={neighbours.find((c) => c.circleId === circle.parentId)}
              on={on}
              onCancel={close}
              send={send}
            />
          )}
        </OnDemand>
      )}
      {circle.assignments.some((a) => a.termEnd >= today() && may.recordTerms.includes(a.roleId)) && (
        <OnDemand label={t('keepEndATerm')}>
          {() => (
            <EndTerm
              circle={circle}
              roleIds={may.recordTerms}
              today={today()}
              on={on}
              onEnd={(assignmentId, lastDay) => void send({ type: 'end-term', circleId: circle.circleId, assignmentId, lastDay })}
            />
          )}
        </OnDemand>
      )}
    </section>
  );
}

/** Record a role's term: the role and its holder are the recorder's choice, nothing is chosen for them. */
function RecordTerm({
  circle,
  roleIds,
  parent,
  on,
  onCancel,
  send,
}: {
  circle: ListedCircle;
  /** The roles whose terms the core lets this person record. */
  roleIds: readonly string[];
  parent: ListedCircle | undefined;
  on: ReturnType<typeof useRefusal>['on'];
  onCancel: () => void;
  send: (command: { type: string } & Record<string, unknown>) => Promise<boolean>;
}) {
  const t = useWords('records');
  const [roleId, setRoleId] = useState('');
  // The parent chooses the leader from its own members too.
  const holders = roleId === 'leader' && parent ? peopleOf([circle, parent]) : circle.members;
  const [personId, setPersonId] = useState('');
  const [termStart, setTermStart] = useState(today());
  const [tried, setTried] = useState(false);
  const empty = (value: string, field: string) =>
    tried && !value ? { validationMessage: t('keepChoose'), validationState: 'error' as const } : on(field, 'assign-role');
  const record = () => {
    setTried(true);
    if (roleId && personId)
      void send({ type: 'assign-role', circleId: circle.circleId, assignmentId: newId('term'), roleId, personId, termStart });
  };
  return (
    <div id={recordTargets.recordTerm} tabIndex={-1} style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <RoleSelect
          label={t('keepRole')}
          circle={circle}
          roleIds={roleIds}
          roleId={roleId}
          onChange={setRoleId}
          field={empty(roleId, 'roleId')}
        />
        <Field label={t('keepHeldBy')} {...empty(personId, 'personId')}>
          <Select value={personId} onChange={(_, d) => setPersonId(d.value)}>
            {personId === '' && (
              <option value="" disabled>
                {t('keepChoosePerson')}
              </option>
            )}
            {holders.map((p) => (
              <option key={p.personId} value={p.personId}>
                {p.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('keepFrom')} {...on('termStart', 'assign-role')}>
          <Input type="date" value={termStart} onChange={(_, d) => setTermStart(d.value)} />
        </Field>
      </div>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={record}>
          {t('keepRecordTerm')}
        </Button>
        <Button onClick={onCancel}>{t('formCancel')}</Button>
      </div>
    </div>
  );
}
