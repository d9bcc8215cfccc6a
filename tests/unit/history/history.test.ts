import fc from 'fast-check';
import type { SelectionEvent } from '../../../shared';
import { HistoryQuery, readableSelectionEvents } from '../../../shared';
import { careCoop } from '../../support/care-coop';
import { now } from '../../support/clock';
import { as, system } from '../../support/people';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const selectionId = northsideDelegate.selectionId;
const nominated = (by: string, nominee: string): SelectionEvent => ({
  type: 'nominated',
  selectionId,
  at: now,
  by,
  nominee,
  reason: `${by} names ${nominee}`,
});
const events: SelectionEvent[] = [
  {
    type: 'selection-started',
    selectionId,
    at: now,
    by: 'dev',
    circleId: 'northside',
    selectingCircleId: 'northside',
    roleId: 'delegate',
    roleDescription: '',
    termMonths: 12,
    termStart: '2027-01-01',
  },
  nominated('amara', 'grace'),
  nominated('amara', 'dev'),
  nominated('farid', 'grace'),
];
const underWay = selectionOf(selectionAt(careCoop(), northsideDelegate, 'nominations'));
const revealed = selectionOf(selectionAt(careCoop(), northsideDelegate, 'change-round'));
const members = ['amara', 'dev', 'farid', 'grace', 'hana'];

describe('a selection’s history as a reader may read it', () => {
  it('while nominations are hidden, shows a member their own nominations, every one they made, and no one else’s', () => {
    expect(readableSelectionEvents(underWay, events, as('amara')).map((event) => event.type === 'nominated' && event.nominee)).toEqual([
      false,
      'grace',
      'dev',
    ]);
    expect(readableSelectionEvents(underWay, events, as('hana')).map((event) => event.type)).toEqual(['selection-started']);
  });

  it('never shows anyone another person’s hidden nomination, the facilitator included', () => {
    fc.assert(
      fc.property(fc.constantFrom(...members), (viewer) =>
        readableSelectionEvents(underWay, events, as(viewer)).every((event) => event.type !== 'nominated' || event.by === viewer),
      ),
    );
  });

  it('once revealed, shows everyone every nomination, a changed one beside the one it replaced', () => {
    fc.assert(
      fc.property(fc.constantFrom(...members), (viewer) => readableSelectionEvents(revealed, events, as(viewer)).length === events.length),
    );
    expect(readableSelectionEvents(underWay, events, system)).toEqual(events);
  });
});

describe('the history query', () => {
  it('takes a page size of 1 to 100, 25 when not given, and only a token the API handed out', () => {
    expect(HistoryQuery.parse({})).toEqual({ pageSize: 25 });
    expect(HistoryQuery.parse({ pageSize: '100', after: 'MjAyNi0xMS0yMVQwOTowMDowMS4wMDBafGhlYWRlcnwwMDAwMDAwMDAx' }).pageSize).toBe(100);
    for (const bad of [{ pageSize: '0' }, { pageSize: '101' }, { pageSize: 'many' }, { after: "x' or RowKey ne '" }, { after: '' }]) {
      expect(HistoryQuery.safeParse(bad).success).toBe(false);
    }
  });
});
