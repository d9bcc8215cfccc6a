import { rosterPeople } from '../../../functions/bot/roster-reader';

const account = (fields: Record<string, unknown>) => ({
  id: '29:someone',
  name: 'Someone',
  aadObjectId: 'someone',
  userRole: 'user',
  tenantId: 't',
  ...fields,
});

describe('the people a page of conversation members gives', () => {
  it('keeps tenant users and guests, a guest marked as one, with their Teams user id', () => {
    expect(
      rosterPeople([
        account({ id: '29:ines', name: 'Ines Duarte', aadObjectId: 'ines' }),
        account({ id: '29:jonah', name: 'Jonah Weiss', aadObjectId: 'jonah', userRole: 'guest' }),
      ]),
    ).toEqual([
      { personId: 'ines', displayName: 'Ines Duarte', guest: false, teamsUserId: '29:ines' },
      { personId: 'jonah', displayName: 'Jonah Weiss', guest: true, teamsUserId: '29:jonah' },
    ]);
  });

  it('leaves out bots, anonymous visitors, accounts without an Entra id and whatever is not an account', () => {
    const left = rosterPeople([
      { id: '28:sociocracy-bot', name: 'Sociocracy for Teams' },
      account({ id: '28:other-bot', aadObjectId: 'bot-object' }),
      account({ userRole: 'anonymous' }),
      account({ aadObjectId: undefined }),
      account({ aadObjectId: 'constructor' }),
      account({ aadObjectId: 'a,b' }),
      account({ id: '29:<script>' }),
      'not an account',
      null,
    ]);
    expect(left).toEqual([]);
  });

  it('names a person by their sign-in name when Teams gives no display name, and cuts a long one', () => {
    const [unnamed, long] = rosterPeople([
      account({ name: '  ', userPrincipalName: 'kofi@riverside.example' }),
      account({ name: 'x'.repeat(300) }),
    ]);
    expect(unnamed?.displayName).toBe('kofi@riverside.example');
    expect(long?.displayName).toHaveLength(200);
  });
});
