import { Button, Field, Select, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { CircleRole, Member } from '../../shared';
import { isStandardRole } from '../../shared';
import type { ApiClient } from '../api/client';
import type { ListedCircle } from '../api/circles';
import { useRefusal } from './refusal';
import { newId, today } from '../lib/new-ids';
import { useTexts, useWords } from '../texts';
import { roleNameFor } from './role-name';

/** One role: who holds it, or a choice among the members and the button that records their term from today. */
function RoleRow({ api, circle, role, onNamed }: { api: ApiClient; circle: ListedCircle; role: CircleRole; onNamed: () => void }) {
  const texts = useTexts();
  const t = texts.of('circles');
  const members: readonly Member[] = circle.members;
  const [personId, setPersonId] = useState(members[0]?.personId ?? '');
  const { attempt, on, bar } = useRefusal(['personId', 'roleId', 'termStart']);
  const holder = circle.holders[role.roleId];
  if (holder !== undefined) {
    return (
      <li>
        <Text>
          <strong>{roleNameFor(texts, circle, role.roleId)}:</strong> {members.find((m) => m.personId === holder)?.displayName ?? holder}
        </Text>
      </li>
    );
  }
  const name = async () => {
    const command = {
      type: 'assign-role',
      circleId: circle.circleId,
      assignmentId: newId('term'),
      roleId: role.roleId,
      personId,
      termStart: today(),
    };
    if (await attempt(() => api.post('structure/commands', command))) onNamed();
  };
  return (
    <li style={{ display: 'grid', gap: 4 }}>
      {bar}
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <Field label={roleNameFor(texts, circle, role.roleId)} {...on('personId')}>
          <Select value={personId} onChange={(_, d) => setPersonId(d.value)}>
            {members.map((m) => (
              <option key={m.personId} value={m.personId}>
                {m.displayName}
              </option>
            ))}
          </Select>
        </Field>
        <Button disabled={personId === ''} onClick={() => void name()}>
          {t('nameRolesName', { role: role.roleId })}
        </Button>
      </div>
    </li>
  );
}

/**
 * Name the holders of a circle's standard roles, as the core lists them for it: the
 * general circle has no leader or delegate, having no parent to link to. Each term
 * runs the circle's default length from today; its end is the role's review.
 */
export function NameRoles({ api, circle, onNamed }: { api: ApiClient; circle: ListedCircle; onNamed: () => void }) {
  const t = useWords('circles');
  const roles = circle.roles.filter((role) => isStandardRole(role.roleId));
  return (
    <section aria-label={t('nameRolesRegion')} style={{ display: 'grid', gap: 8 }}>
      <Text>
        {t('nameRolesTerm', { months: circle.policy.defaultTermMonths })}
        {circle.parentId === null && ` ${t('nameRolesGeneral')}`}
      </Text>
      {circle.members.length === 0 && <Text>{t('nameRolesMembersFirst')}</Text>}
      <ul style={{ listStyle: 'none', padding: 0, margin: 0, display: 'grid', gap: 8 }}>
        {roles.map((role) => (
          <RoleRow key={role.roleId} api={api} circle={circle} role={role} onNamed={onNamed} />
        ))}
      </ul>
    </section>
  );
}
