import { Field, Select } from '@fluentui/react-components';
import { devPersonStore } from './dev-person';

/** The demo tenant's people, for choosing whom the tab acts as outside Teams. */
const demoPeople = [
  ['amara', 'Amara Okafor'],
  ['ben', 'Ben Hughes'],
  ['chloe', 'Chloé Martin'],
  ['dev', 'Dev Patel'],
  ['esi', 'Esi Mensah'],
  ['farid', 'Farid Haddad'],
  ['grace', 'Grace Lin'],
  ['hana', 'Hana Sato'],
  ['ivo', 'Ivo Novak'],
  ['jun', 'Jun Park'],
  ['kemi', 'Kemi Adeyemi'],
  ['leo', 'Leo Brandt'],
  ['admin', 'Organisation admin'],
] as const;

export function DevPersonPicker({ person, onChange }: { person: string; onChange: (personId: string) => void }) {
  return (
    <Field label="Acting as" orientation="horizontal">
      <Select
        value={person}
        onChange={(_, data) => {
          devPersonStore.set(data.value);
          onChange(data.value);
        }}
      >
        {demoPeople.map(([personId, name]) => (
          <option key={personId} value={personId}>
            {name}
          </option>
        ))}
      </Select>
    </Field>
  );
}
