import type { GuideFacts, GuideSaid, ProposalStage } from '../../../shared';
import { addDays, messageDate, proposalGuide, selectionGuide, stageGuide } from '../../../shared';
import { textsFor } from '../../../texts/all';
import { careCoop, circleOf } from '../../support/care-coop';
import { today } from '../../support/clock';
import { rotaProposalAt } from '../../support/proposals';
import { northsideDelegate, selectionAt, selectionOf } from '../../support/selection-flow';

const structure = careCoop();
const northside = circleOf(structure, 'northside');
/** What the guide needs of a decided proposal, as a circle's list keeps it. */
const adopted: GuideFacts = {
  status: 'adopted',
  author: 'dev',
  reviewDate: '2027-06-01',
  round: { mode: 'async', deadline: '2026-12-10T17:00:00.000Z' },
  decidedAt: '2026-12-11T09:00:00.000Z',
  withdrawal: null,
};
const withdrawn: GuideFacts = { ...adopted, status: 'withdrawn', withdrawal: { by: 'dev', reason: 'Superseded by change 11.' } };
const english = (said: GuideSaid) => textsFor('en').say('guide', said);
/** A day as an English reader reads it in a message (`{x, date, medium}`). */
const englishDay = (day: string) => new Intl.DateTimeFormat('en', { dateStyle: 'medium' }).format(messageDate(day));

describe('guided facilitation: what happens now, who acts, what comes next', () => {
  it.each([
    ['draft', 'proposalDraft', ['Dev Patel is drafting', 'Hana Sato, the facilitator', 'presents it']],
    ['presented', 'proposalPresented', ['Hana Sato opens clarifying questions']],
    ['clarifying', 'proposalClarifying', ['no opinions yet', 'Dev Patel or Hana Sato answers', 'Hana Sato opens quick reactions']],
    ['reactions', 'proposalReactions', ['how they feel', 'Hana Sato opens the consent round']],
    ['consent-round', 'roundBy', ['good enough for now, safe enough to try', 'Only an objection with its reason stops the decision']],
  ] as [
    ProposalStage,
    string,
    string[],
  ][])('at “%s” names the stage (%s), the person who acts and the next step', (stage, key, expected) => {
    const { proposal } = rotaProposalAt(structure, stage);
    if (!proposal) throw new Error('no proposal');
    const guide = proposalGuide(proposal, northside, today);
    expect(guide.key).toBe(key);
    for (const words of expected) expect(english(guide)).toContain(words);
  });

  it('tells a meeting round that the facilitator closes once those present have answered', () => {
    const { proposal } = rotaProposalAt(structure, 'consent-round', { mode: 'sync' });
    if (!proposal) throw new Error('no proposal');
    const guide = proposalGuide(proposal, northside, today);
    expect(guide).toEqual({ key: 'roundInMeeting', values: { facilitator: 'Hana Sato' } });
    expect(english(guide)).toContain('Hana Sato closes the round once everyone present has answered');
  });

  it('never shows a deadline that has passed as one ahead: from the day after it, the round is the facilitator’s to close', () => {
    const { proposal } = rotaProposalAt(structure, 'consent-round', { mode: 'async' });
    const deadline = proposal && 'round' in proposal ? proposal.round?.deadline : undefined;
    if (!proposal || !deadline) throw new Error('no asynchronous round');
    const day = deadline.slice(0, 10);
    const before = proposalGuide(proposal, northside, day);
    expect(before).toEqual({ key: 'roundBy', values: { deadline: messageDate(deadline) } });
    expect(english(before)).toContain(`answer by ${englishDay(day)}`);
    const after = proposalGuide(proposal, northside, addDays(day, 1));
    expect(after).toEqual({ key: 'roundPassed', values: { deadline: messageDate(deadline), facilitator: 'Hana Sato' } });
    expect(english(after)).toContain(`its deadline, ${englishDay(day)}, has passed. Hana Sato closes it`);
    expect(english(after)).not.toContain('answer by');
  });

  it('says the adopted decision’s day and review date as dates each reader formats', () => {
    const guide = stageGuide(adopted, northside, today);
    expect(guide).toEqual({
      key: 'proposalAdopted',
      values: { decided: messageDate(adopted.decidedAt ?? ''), review: messageDate(adopted.reviewDate) },
    });
    expect(english(guide)).toBe('Adopted by consent on Dec 11, 2026. The circle reviews it by Jun 1, 2027.');
    const dutchDay = new Intl.DateTimeFormat('nl', { dateStyle: 'medium' }).format(messageDate(adopted.reviewDate));
    expect(textsFor('nl').say('guide', guide)).toContain(`De kring evalueert het uiterlijk ${dutchDay}.`);
  });

  it('tells a selection’s nominations stay hidden and who reveals them', () => {
    const selection = selectionOf(selectionAt(structure, northsideDelegate, 'nominations'));
    const guide = selectionGuide(selection, northside, 'delegate of Northside care team', today);
    expect(guide).toEqual({ key: 'selectionNominations', values: { role: 'delegate of Northside care team', facilitator: 'Hana Sato' } });
    expect(english(guide)).toContain('They stay hidden until Hana Sato reveals them');
  });

  it('tells a consent round on a candidate that the candidate answers last', () => {
    const selection = selectionOf(selectionAt(structure, northsideDelegate, 'consent-round'));
    const guide = selectionGuide(selection, northside, 'delegate of Northside care team', today);
    expect(english(guide)).toContain('Consent round on Dev Patel as delegate of Northside care team. The candidate answers last.');
  });

  it('speaks every stage in every language, naming the people it names', () => {
    const early = (['draft', 'presented', 'clarifying', 'reactions', 'consent-round'] as ProposalStage[]).map(
      (stage) => rotaProposalAt(structure, stage).proposal,
    );
    const decided = [
      stageGuide(adopted, northside, today),
      stageGuide(withdrawn, northside, today),
      stageGuide({ ...adopted, status: 'integration', decidedAt: null }, northside, today),
    ];
    for (const guide of [
      ...early.map((proposal) => (proposal ? proposalGuide(proposal, northside, today) : stageGuide(adopted, northside, today))),
      ...decided,
    ]) {
      for (const locale of ['nl', 'de', 'fr', 'es', 'pt'] as const) {
        const said = textsFor(locale).say('guide', guide);
        expect(said).not.toBe(english(guide));
        for (const name of Object.values(guide.values ?? {}).filter((value) => typeof value === 'string')) expect(said).toContain(name);
      }
    }
  });
});
