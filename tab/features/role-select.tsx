import { Field, Select } from '@fluentui/react-components';
import type { ListedCircle } from '../api/circles';

/** A choice among the circle's roles, as the core lists them (standard and its own). */
export function RoleSelect({ label, circle, roleId, onChange }: { label: string; circle: ListedCircle; roleId: string; onChange: (roleId: string) => void }) {
  return (
    <Field label={label}>
      <Select value={roleId} onChange={(_, d) => onChange(d.value)}>
        {circle.roles.map((role) => (
          <option key={role.roleId} value={role.roleId}>
            {role.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
