import { Field, Select } from '@fluentui/react-components';
import { devPersonStore } from './dev-person';
import { useWords } from './texts';

/** The demo tenant's people, given and family name (the same in every language), for choosing whom the tab acts as outside Teams. */
const demoPeople = [
  ['amara', 'Amara', 'Okafor'],
  ['ben', 'Ben', 'Hughes'],
  ['chloe', 'Chloé', 'Martin'],
  ['dev', 'Dev', 'Patel'],
  ['esi', 'Esi', 'Mensah'],
  ['farid', 'Farid', 'Haddad'],
  ['grace', 'Grace', 'Lin'],
  ['hana', 'Hana', 'Sato'],
  ['ivo', 'Ivo', 'Novak'],
  ['jun', 'Jun', 'Park'],
  ['kemi', 'Kemi', 'Adeyemi'],
  ['leo', 'Leo', 'Brandt'],
] as const;

export function DevPersonPicker({ person, onChange }: { person: string; onChange: (personId: string) => void }) {
  const t = useWords('app');
  return (
    // Shrinks with the screen: the longest name would otherwise push a 320 px page wider than itself.
    <Field label={t('devActingAs')} orientation="horizontal" style={{ minWidth: 0, maxWidth: '100%' }}>
      <Select
        style={{ minWidth: 0 }}
        select={{ style: { minWidth: 0, width: '100%' } }}
        value={person}
        onChange={(_, data) => {
          devPersonStore.set(data.value);
          onChange(data.value);
        }}
      >
        {demoPeople.map(([personId, given, family]) => (
          <option key={personId} value={personId}>
            {`${given} ${family}`}
          </option>
        ))}
        <option value="admin">{t('devAdmin')}</option>
      </Select>
    </Field>
  );
}
