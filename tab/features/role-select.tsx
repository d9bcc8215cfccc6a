import { Field, Select, type FieldProps } from '@fluentui/react-components';
import type { ListedCircle } from '../api/circles';
import { useWords } from '../texts';

/**
 * A choice among the circle's roles, as the core lists them (standard and its own), or
 * among `roleIds` alone when the core allows only those. Empty until the person picks
 * one when `roleId` is '' (nothing is chosen for them); `field` shows what is wrong.
 */
export function RoleSelect({
  label,
  circle,
  roleIds,
  roleId,
  onChange,
  field = {},
}: {
  label: string;
  circle: ListedCircle;
  roleIds?: readonly string[];
  roleId: string;
  onChange: (roleId: string) => void;
  field?: Pick<FieldProps, 'validationMessage' | 'validationState'>;
}) {
  const t = useWords('circles');
  const roles = roleIds ? circle.roles.filter((role) => roleIds.includes(role.roleId)) : circle.roles;
  return (
    <Field label={label} required={roleIds !== undefined} {...field}>
      <Select value={roleId} onChange={(_, d) => onChange(d.value)}>
        {roleId === '' && (
          <option value="" disabled>
            {t('roleChoose')}
          </option>
        )}
        {roles.map((role) => (
          <option key={role.roleId} value={role.roleId}>
            {role.name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
