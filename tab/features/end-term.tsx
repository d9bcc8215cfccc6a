import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import type { ListedCircle } from '../api/circles';
import { useConfirm } from '../lib/confirm';
import type { useRefusal } from './refusal';
import { useTexts } from '../texts';
import { roleNameFor } from './role-name';

interface EndTermProps {
  readonly circle: ListedCircle;
  /** The roles whose terms the core lets this person end. */
  readonly roleIds: readonly string[];
  readonly today: string;
  /** The Field props that show a refusal of the `end-term` form on its field. */
  readonly on: ReturnType<typeof useRefusal>['on'];
  onEnd(assignmentId: string, lastDay: string): void;
}

/** End a role's term early: the last day it is held, once confirmed. Whether this person may is the core's to say. */
export function EndTerm({ circle, roleIds, today, on, onEnd }: EndTermProps) {
  const texts = useTexts();
  const t = texts.of('circles');
  const running = circle.assignments.filter((a) => a.termEnd >= today && roleIds.includes(a.roleId));
  const [assignmentId, setAssignmentId] = useState(running[0]?.assignmentId ?? '');
  const [lastDay, setLastDay] = useState(today);
  const { confirm, dialog } = useConfirm();
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  if (running.length === 0) return null;
  const end = async () => {
    const term = running.find((a) => a.assignmentId === assignmentId);
    if (!term) return;
    // A day cleared or half typed is said as typed: the core refuses it on its field when sent.
    const day = Number.isNaN(Date.parse(lastDay)) ? lastDay : texts.day(lastDay);
    const words = t('endTermWords', { name: name(term.personId), role: roleNameFor(texts, circle, term.roleId), circle: circle.name, day });
    if (await confirm({ title: t('endTermTitle'), words, confirm: t('endTermSubmit') })) onEnd(assignmentId, lastDay);
  };
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      {/* A term's whole description is long: the choice shrinks with a narrow screen rather than push it wider. */}
      <Field label={t('endTerm')} style={{ minWidth: 0, maxWidth: '100%' }} {...on('assignmentId', 'end-term')}>
        <Select
          style={{ minWidth: 0 }}
          select={{ style: { minWidth: 0, width: '100%' } }}
          value={assignmentId}
          onChange={(_, d) => setAssignmentId(d.value)}
        >
          {running.map((a) => (
            <option key={a.assignmentId} value={a.assignmentId}>
              {t('endTermOption', {
                role: roleNameFor(texts, circle, a.roleId),
                name: name(a.personId),
                // A term's days are calendar dates, not instants: written as they are, in no time zone.
                span: t('termSpan', { start: texts.day(a.termStart), end: texts.day(a.termEnd) }),
              })}
            </option>
          ))}
        </Select>
      </Field>
      <Field label={t('endTermLastDay')} {...on('lastDay', 'end-term')}>
        <Input type="date" value={lastDay} onChange={(_, d) => setLastDay(d.value)} />
      </Field>
      <Button onClick={() => void end()}>{t('endTermSubmit')}</Button>
      {dialog}
    </div>
  );
}
