import { MessageBar, MessageBarBody } from '@fluentui/react-components';
import { useState } from 'react';
import type { ChangeWarning, Member } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';
import { warningsOf } from './change-warnings';
import { PeoplePicker } from './people-picker';
import { RosterOffer } from './roster-offer';

/**
 * Bringing people into a circle: the picker (anyone in the organisation, the
 * suggestions first) and the offer of its conversation's people. Each person is one
 * `add-member` command; the first refusal stops the rest and shows in the core's words.
 */
export function BringPeopleIn({
  api,
  circle,
  suggestions,
  version,
  onAdded,
  pickerId,
}: {
  api: ApiClient;
  circle: { readonly circleId: string; readonly members: readonly Member[] };
  suggestions: readonly Member[];
  /** Changes whenever the circle does, so the roster is read again. */
  version: number;
  /** Hears what the additions warn of (a double link, the role limit), as the API words it. */
  onAdded: (warnings: readonly ChangeWarning[]) => void;
  pickerId?: string;
}) {
  const [error, setError] = useState<string | null>(null);
  const add = async (people: readonly Member[]): Promise<boolean> => {
    let added = 0;
    const warnings: ChangeWarning[] = [];
    try {
      for (const member of people) {
        warnings.push(
          ...warningsOf(await api.post<unknown>('structure/commands', { type: 'add-member', circleId: circle.circleId, member })),
        );
        added += 1;
      }
      setError(null);
      return true;
    } catch (caught) {
      setError(messageOf(caught));
      return false;
    } finally {
      if (added > 0) onAdded(warnings);
    }
  };
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <PeoplePicker
        api={api}
        suggestions={suggestions}
        exclude={circle.members.map((m) => m.personId)}
        add={add}
        {...(pickerId ? { id: pickerId } : {})}
      />
      <RosterOffer api={api} circleId={circle.circleId} version={version} add={add} />
    </div>
  );
}
