import { Badge, Button, Checkbox, MessageBar, MessageBarBody, Subtitle2, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Member } from '../../shared';
import type { ApiClient } from '../api/client';
import { ApiError, messageOf } from '../api/client';
import { rosterOf, type RosterPerson } from '../api/people';
import { useWords } from '../texts';

/**
 * Offers the people of the circle's bound conversation who are not members yet, each
 * with a checkbox (all ticked), guests labelled; adds the ticked ones with `add`.
 * Nothing shows without a bound conversation or when everyone is a member already.
 */
export function RosterOffer({
  api,
  circleId,
  version,
  add,
}: {
  api: ApiClient;
  circleId: string;
  version: number;
  add: (people: readonly Member[]) => Promise<boolean>;
}) {
  const t = useWords('circles');
  const [outside, setOutside] = useState<readonly RosterPerson[]>([]);
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  // `version` counts the circle's changes: after each one (people added) the roster is read again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a new read
  useEffect(() => {
    let current = true;
    rosterOf(api, circleId)
      .then((roster) => {
        if (!current) return;
        const people = roster.conversation ? roster.people.filter((p) => !p.member) : [];
        setOutside(people);
        setTicked(new Set(people.map((p) => p.personId)));
      })
      // A deployment without the roster route (404) simply offers nothing.
      .catch((caught: unknown) => current && !(caught instanceof ApiError && caught.status === 404) && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api, circleId, version]);
  if (error) {
    return (
      <MessageBar intent="warning" layout="multiline">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (outside.length === 0) return null;
  const toggle = (personId: string, on: boolean) => {
    const next = new Set(ticked);
    if (on) next.add(personId);
    else next.delete(personId);
    setTicked(next);
  };
  const chosen = outside
    .filter((p) => ticked.has(p.personId))
    .map(({ personId, displayName, guest }) => ({ personId, displayName, guest }));
  return (
    <section aria-label={t('rosterTitle')} style={{ display: 'grid', gap: 4 }}>
      <Subtitle2 as="h4">{t('rosterTitle')}</Subtitle2>
      <Text>{t('rosterIntro', { count: outside.length })}</Text>
      <ul style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {outside.map((person) => (
          <li key={person.personId} style={{ display: 'flex', alignItems: 'center', gap: 4 }}>
            <Checkbox
              checked={ticked.has(person.personId)}
              onChange={(_, data) => toggle(person.personId, data.checked === true)}
              label={person.displayName}
            />
            {person.guest && <Badge appearance="outline">{t('guest')}</Badge>}
          </li>
        ))}
      </ul>
      <div>
        <Button disabled={chosen.length === 0} onClick={() => void add(chosen)}>
          {t('rosterAdd')}
        </Button>
      </div>
    </section>
  );
}
