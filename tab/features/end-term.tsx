import { Button, Field, Input, Select } from '@fluentui/react-components';
import { useState } from 'react';
import { roleNameIn, type ListedCircle } from '../api/circles';

interface EndTermProps {
  readonly circle: ListedCircle;
  readonly today: string;
  onEnd(assignmentId: string, lastDay: string): void;
}

/** End a role's term early: the last day it is held. Whether this person may is the core's to say. */
export function EndTerm({ circle, today, onEnd }: EndTermProps) {
  const running = circle.assignments.filter((a) => a.termEnd >= today);
  const [assignmentId, setAssignmentId] = useState(running[0]?.assignmentId ?? '');
  const [lastDay, setLastDay] = useState(today);
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  if (running.length === 0) return null;
  return (
    <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      <Field label="End a term">
        <Select value={assignmentId} onChange={(_, d) => setAssignmentId(d.value)}>
          {running.map((a) => (
            <option key={a.assignmentId} value={a.assignmentId}>
              {roleNameIn(circle, a.roleId)}: {name(a.personId)} ({a.termStart} to {a.termEnd})
            </option>
          ))}
        </Select>
      </Field>
      <Field label="Last day">
        <Input type="date" value={lastDay} onChange={(_, d) => setLastDay(d.value)} />
      </Field>
      <Button onClick={() => onEnd(assignmentId, lastDay)}>End the term</Button>
    </div>
  );
}
