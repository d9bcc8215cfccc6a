import { recordLink } from '../../../functions/calendar/tab-link';
import { parseOpening } from '../../../tab/lib/opening';

/** The sub-page a Teams deep link carries, as Teams hands it to the tab (`page.subPageId`). */
const subPageOf = (link: string) => (JSON.parse(new URL(link).searchParams.get('context') ?? '{}') as { subEntityId: string }).subEntityId;

describe('a link from a card or a calendar opens its record in the tab', () => {
  it('a meeting’s deep link inside Teams opens the meeting’s page in its circle', () => {
    const link = recordLink({ tabUrl: 'https://tab.example/', teamsAppId: 'app-1' }, 'meeting', 'northside care', 'northside/2026-11-28');
    expect(link.startsWith('https://teams.microsoft.com/l/entity/app-1/me?context=')).toBe(true);
    expect(parseOpening(subPageOf(link))).toEqual({ kind: 'meeting', circleId: 'northside care', id: 'northside/2026-11-28' });
  });

  it('outside Teams the same opening comes as `?open=`', () => {
    const link = recordLink({ tabUrl: 'http://127.0.0.1:7071/tab/' }, 'meeting', 'northside', 'northside-2026-11-28');
    expect(parseOpening(new URL(link).searchParams.get('open'))).toEqual({
      kind: 'meeting',
      circleId: 'northside',
      id: 'northside-2026-11-28',
    });
  });

  it('an opening of a kind the tab does not know, or with a part missing, opens nothing', () => {
    expect(parseOpening('minutes/northside/northside-2026-11-28')).toBeNull();
    expect(parseOpening('meeting/northside')).toBeNull();
    expect(parseOpening('meeting//northside-2026-11-28')).toBeNull();
  });
});
