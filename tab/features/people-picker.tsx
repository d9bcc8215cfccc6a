import {
  Avatar,
  Button,
  Field,
  MessageBar,
  MessageBarBody,
  Tag,
  TagPicker,
  TagPickerControl,
  TagPickerGroup,
  TagPickerInput,
  TagPickerList,
  TagPickerOption,
  Text,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Member } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';
import { searchPeople, type DirectorySearch, type FoundPerson } from '../api/people';
import { useWords } from '../texts';

/** What the picker says of the organisation's directory: nothing when it searched it. */
const directoryNotes = {
  searched: null,
  'not-configured': 'pickerNotConfigured',
  'consent-required': 'pickerConsentRequired',
} as const satisfies Record<DirectorySearch, string | null>;

/** How long typing must pause before the directory is asked: one request per word typed, not per key. */
const debounceMs = 300;

type Person = Pick<FoundPerson, 'personId' | 'displayName' | 'guest'> & { readonly email?: string | null };

/**
 * Finds people to add as the person types (debounced), the suggestions first (the
 * parent circle's members), and adds those chosen with `add`. Keyboard: type, arrows
 * to move, Enter to choose, Backspace removes the last chosen.
 */
export function PeoplePicker({
  api,
  suggestions,
  exclude,
  add,
  id,
}: {
  api: ApiClient;
  suggestions: readonly Member[];
  /** Those already in the circle, never offered. */
  exclude: readonly string[];
  add: (people: readonly Member[]) => Promise<boolean>;
  /** Where the setup checklist sends the focus. */
  id?: string;
}) {
  const t = useWords('circles');
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<readonly Person[]>([]);
  const [directory, setDirectory] = useState<DirectorySearch>('searched');
  const [searchError, setSearchError] = useState<string | null>(null);
  const [chosen, setChosen] = useState<readonly Person[]>([]);
  useEffect(() => {
    const text = query.trim();
    if (text === '') return setFound([]);
    let current = true;
    const timer = setTimeout(() => {
      searchPeople(api, text)
        .then((answer) => {
          if (!current) return;
          setFound(answer.people);
          setDirectory(answer.directory);
          setSearchError(null);
        })
        .catch((caught: unknown) => {
          if (!current) return;
          setFound([]);
          setSearchError(messageOf(caught));
        });
    }, debounceMs);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, query]);
  const words = query.trim().toLocaleLowerCase();
  const matches = (person: Person) => words === '' || person.displayName.toLocaleLowerCase().includes(words);
  const offered = (people: readonly Person[]) =>
    people.filter((p) => !exclude.includes(p.personId) && !chosen.some((c) => c.personId === p.personId));
  const suggested = offered(suggestions.filter(matches));
  const others = offered(found).filter((p) => !suggested.some((s) => s.personId === p.personId));
  const byId = new Map([...suggested, ...others, ...chosen].map((p) => [p.personId, p] as const));
  const option = (person: Person) => (
    <TagPickerOption
      key={person.personId}
      value={person.personId}
      text={person.displayName}
      secondaryContent={[person.guest ? t('guest') : null, person.email].filter(Boolean).join(' · ') || undefined}
      media={<Avatar name={person.displayName} size={24} color="colorful" aria-hidden />}
    >
      {person.displayName}
    </TagPickerOption>
  );
  const noteKey = directoryNotes[directory];
  const note = searchError ? t('pickerSearchFailed', { message: searchError }) : noteKey && t(noteKey);
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      <div style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
        <Field label={t('pickerLabel')} style={{ flex: '1 1 240px', minWidth: 0 }}>
          <TagPicker
            selectedOptions={chosen.map((p) => p.personId)}
            onOptionSelect={(_, data) => {
              setChosen(data.selectedOptions.flatMap((personId) => byId.get(personId) ?? []));
              setQuery('');
            }}
          >
            <TagPickerControl>
              <TagPickerGroup aria-label={t('pickerChosen')}>
                {chosen.map((person) => (
                  <Tag key={person.personId} value={person.personId} shape="rounded" secondaryText={person.guest ? t('guest') : undefined}>
                    {person.displayName}
                  </Tag>
                ))}
              </TagPickerGroup>
              <TagPickerInput
                id={id}
                style={{ minWidth: 0 }}
                aria-label={t('pickerLabel')}
                placeholder={chosen.length === 0 ? t('pickerPlaceholder') : undefined}
                value={query}
                onChange={(event) => setQuery(event.target.value)}
              />
            </TagPickerControl>
            <TagPickerList>
              {suggested.length === 0 && others.length === 0 ? (
                <Text size={200} style={{ padding: 8, display: 'block' }}>
                  {words === '' ? t('pickerTypeMore') : t('pickerNoMatch')}
                </Text>
              ) : (
                [...suggested.map(option), ...others.map(option)]
              )}
            </TagPickerList>
          </TagPicker>
        </Field>
        <Button
          disabled={chosen.length === 0}
          onClick={() =>
            void add(chosen.map(({ personId, displayName, guest }) => ({ personId, displayName, guest }))).then(
              (added) => added && setChosen([]),
            )
          }
        >
          {t('pickerAdd', { count: chosen.length })}
        </Button>
      </div>
      {note && (
        <MessageBar intent="info" layout="multiline">
          <MessageBarBody>{note}</MessageBarBody>
        </MessageBar>
      )}
    </div>
  );
}
