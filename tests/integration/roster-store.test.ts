import type { Circle, RosterPerson } from '../../shared';
import { charactersOf, findCircle, recordCharacters } from '../../shared';
import { addFromRoster } from '../../functions/application/people-from-roster';
import { RosterStore } from '../../functions/storage/roster-store';
import { StructureStore } from '../../functions/storage/structure-store';
import { careCoop } from '../support/care-coop';
import { governanceTable } from '../support/governance-table';
import { as } from '../support/people';
import { saidWords, wordsOf } from '../support/refusal-words';

/** The rosters kept on a real Azurite, and people added from one into a circle whose record is nearly full. */
const storage = governanceTable();
const tenantId = 'riverside-roster';
const binding = { kind: 'chat', chatId: 'northside-home' } as const;
const person = (personId: string, displayName: string, guest = false): RosterPerson => ({
  personId,
  displayName,
  guest,
  teamsUserId: `29:${personId}`,
});

describe('rosters kept beside conversations (real Azurite)', () => {
  // A circle record of 300,000 characters is written and read several times: slow on a busy machine, never a failure of the product.
  jest.setTimeout(90_000);

  it('keeps a roster of many rows whole, and a later shorter reading replaces it', async () => {
    const rosters = new RosterStore(storage.table);
    const crowd = Array.from({ length: 1_200 }, (_, n) => person(`p-${n}`, `Person ${n}`, n % 7 === 0));
    await rosters.keep(tenantId, {
      conversationId: 'a:big-chat',
      binding: { kind: 'chat', chatId: 'a:big-chat' },
      readAt: '2026-12-01T09:00:00.000Z',
      complete: false,
      people: crowd,
    });
    const kept = await rosters.get(tenantId, 'a:big-chat');
    expect(kept?.people).toEqual(crowd);
    expect(kept?.complete).toBe(false);
    await rosters.keep(tenantId, {
      conversationId: 'a:big-chat',
      binding: { kind: 'chat', chatId: 'a:big-chat' },
      readAt: '2026-12-02T09:00:00.000Z',
      complete: true,
      people: crowd.slice(0, 3),
    });
    expect(await rosters.get(tenantId, 'a:big-chat')).toMatchObject({
      readAt: '2026-12-02T09:00:00.000Z',
      complete: true,
      people: crowd.slice(0, 3),
    });
    expect(await rosters.get(tenantId, 'a:other-chat')).toBeNull();
  });

  it('adds those who fit, refuses the one the full circle cannot take with the reason, and writes nothing for people already in', async () => {
    const structures = new StructureStore(storage.table);
    const rosters = new RosterStore(storage.table);
    const coop = careCoop();
    const northside = findCircle(coop, 'northside') as Circle;
    // Fill the circle's record until a short name still fits and a long one does not.
    const members = [...northside.members];
    const filler = (n: number, length: number) => ({
      personId: `filler-${String(n).padStart(5, '0')}`,
      displayName: 'F'.repeat(length),
      guest: false,
    });
    const room = 300;
    const sizeWith = (length: number) =>
      charactersOf({ ...northside, members: [...members, filler(members.length, length)] }) - charactersOf({ ...northside, members });
    const [step, base] = [sizeWith(100), sizeWith(0)];
    // Fillers of 100 characters until one more of at most 200 leaves exactly `room`.
    let characters = charactersOf({ ...northside, members });
    for (; recordCharacters - characters > room + base + 200; characters += step) members.push(filler(members.length, 100));
    members.push(filler(members.length, recordCharacters - characters - room - base));
    expect(recordCharacters - charactersOf({ ...northside, members })).toBe(room);
    await structures.save(await structures.load(tenantId), { ...coop, circles: { ...coop.circles, northside: { ...northside, members } } });
    await rosters.keep(tenantId, {
      conversationId: 'northside-home',
      binding,
      readAt: '2026-12-03T09:00:00.000Z',
      complete: true,
      people: [person('ines', 'Ines Duarte'), person('jonah', 'J'.repeat(200), true), person('kofi', 'Kofi Boateng')],
    });
    const request = {
      tenantId,
      conversationId: 'northside-home',
      circleId: 'northside',
      personIds: ['ines', 'jonah', 'kofi'],
      actor: as('dev'),
      now: '2026-12-03T10:00:00.000Z',
    };
    const result = await addFromRoster({ structures, rosters }, request);
    if (!result.ok) throw new Error(wordsOf(result.error));
    expect(result.value.added.map((m) => m.personId)).toEqual(['ines', 'kofi']);
    expect(result.value.refused.map(({ member, reason }) => ({ member, reason: saidWords(reason) }))).toEqual([
      { member: { personId: 'jonah', displayName: 'J'.repeat(200), guest: true }, reason: expect.stringContaining('is full') },
    ]);
    const stored = findCircle((await structures.load(tenantId)).structure, 'northside') as Circle;
    expect(stored.members.slice(-2).map((m) => m.personId)).toEqual(['ines', 'kofi']);

    const before = await structures.load(tenantId);
    const again = await addFromRoster({ structures, rosters }, { ...request, personIds: ['ines', 'kofi'] });
    expect(again.ok && again.value.already.map((m) => m.personId)).toEqual(['ines', 'kofi']);
    expect((await structures.load(tenantId)).etags).toEqual(before.etags);
  });
});
