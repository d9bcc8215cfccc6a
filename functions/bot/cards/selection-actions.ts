import type { Actor, Circle, PersonId, Selection, SelectionStepKind, Structure } from '../../../shared';
import { availableSelectionSteps, countedEligible, hasAnswered, own } from '../../../shared';
import type { Action } from './card';
import { choiceInput, execute, shorten, showCard, text, textInput } from './card';

/** The revision of the facilitator's proposal a card showed; 0 before there is one. */
export const candidateRevision = (selection: Selection) => ('proposal' in selection ? selection.proposal.revision : 0);

/** What every action of a selection card carries, so a stale or forged click is recognised. */
export function selectionData(selection: Selection, extra: Record<string, unknown> = {}) {
  return { subject: 'selection', circleId: selection.circleId, selectionId: selection.selectionId, revision: candidateRevision(selection), ...extra };
}

const memberChoices = (circle: Circle, people: readonly PersonId[], limit: number) =>
  people.map((personId) => ({ title: shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, limit), value: personId }));

const reasonRequired = 'An objection needs its reason: why would this person in this role harm the circle’s aim?';

/** The answers in the selection's consent round; the candidate is asked last, and cannot stand aside from their own role. */
export function selectionAnswerActions(selection: Selection, candidateMayAnswer: boolean, isCandidate: boolean): Action[] {
  if (selection.status !== 'consent-round' || (isCandidate && !candidateMayAnswer)) return [];
  const answer = (kind: string) => selectionData(selection, { step: 'answer', kind });
  return [
    execute('Consent', 'selection-step', answer('consent'), 'positive'),
    showCard('Consent with a concern', [textInput('concern', 'Your concern', { required: 'Say what your concern is.', maxLength: 2000 })], [execute('Send concern', 'selection-step', answer('concern'))]),
    showCard('Object', [text(reasonRequired, { subtle: true }), textInput('objection', 'Your reason', { required: reasonRequired, maxLength: 2000 })], [execute('Send objection', 'selection-step', answer('object'), 'destructive')]),
    ...(selection.round.standAsideAllowed && !isCandidate ? [execute('Stand aside', 'selection-step', answer('stand-aside'))] : []),
  ];
}

/** The steps this viewer may take in a selection: exactly those the core's `availableSelectionSteps` allows. */
export function selectionViewerActions(structure: Structure, circle: Circle, selection: Selection, viewer: PersonId, now: string, nameLimit: number): Action[] {
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  const steps = availableSelectionSteps(structure, selection, actor, now);
  const may = (step: SelectionStepKind) => steps.includes(step);
  const members = circle.members.map((m) => m.personId);
  const actions: Action[] = [];
  const nominateStep = selection.status === 'nominations' ? 'nominate' : 'change-nomination';
  if (may(nominateStep)) {
    const mine = own(selection.nominations, viewer);
    const title = selection.status === 'nominations' ? (mine ? 'Change my nomination' : 'Nominate') : 'Change my nomination';
    actions.push(
      showCard(
        title,
        [
          text('Name the member you see in this role and say why; nominations stay hidden until the facilitator reveals them.', { subtle: true }),
          choiceInput('nominee', 'Whom do you nominate?', memberChoices(circle, members, nameLimit), 'Choose a member.', mine ? { value: mine.nominee } : {}),
          textInput('reason', 'Why this person?', { required: 'Give your reason: the facilitator’s proposal cites it.', maxLength: 2000 }),
        ],
        [execute('Send nomination', 'selection-step', selectionData(selection, { step: nominateStep }), 'positive')],
      ),
    );
  }
  if (may('close-nominations')) actions.push(execute('Reveal the nominations', 'selection-step', selectionData(selection, { step: 'close-nominations' })));
  const nominated = [...new Set(Object.values(selection.nominations).map((n) => n.nominee))];
  const first = nominated[0];
  if (first && may('propose-candidate')) {
    actions.push(
      showCard(
        'Propose a candidate',
        [
          choiceInput('candidate', 'Candidate', memberChoices(circle, nominated, nameLimit), 'Choose one of those nominated.'),
          textInput('reasoning', 'Your reasoning, citing the reasons given', { required: 'Cite the reasons given.', maxLength: 4000 }),
          choiceInput('mode', 'How the circle answers', [{ title: 'Asynchronously, by the deadline', value: 'async' }, { title: 'In our meeting now', value: 'sync' }], 'Choose how the circle answers.', { value: 'async' }),
        ],
        [execute('Propose', 'selection-step', selectionData(selection, { step: 'propose-candidate' }), 'positive')],
      ),
    );
  }
  if (may('withdraw-objection')) actions.push(execute('Withdraw my objection', 'selection-step', selectionData(selection, { step: 'withdraw-objection' })));
  if (selection.status === 'consent-round') {
    const asked = countedEligible(selection.round, circle);
    const answered = asked.filter((personId) => hasAnswered(selection.round, personId));
    if (may('remind-awaited')) actions.push(execute('Remind those still to answer', 'selection-step', selectionData(selection, { step: 'remind-awaited' })));
    if (may('close-consent-round')) {
      const data = selectionData(selection, { step: 'close-consent-round' });
      actions.push(
        selection.round.mode === 'async'
          ? execute('Close the round', 'selection-step', data)
          : showCard('Close the round', [choiceInput('present', 'Who is present', memberChoices(circle, asked, nameLimit), 'Choose who is present.', { multi: true, value: answered.join(',') })], [execute('Close with those present', 'selection-step', data)]),
      );
    }
  }
  if ('proposal' in selection && first && may('amend-candidate-proposal')) {
    actions.push(
      showCard(
        'Amend the proposal',
        [
          text('Integration: propose another candidate or a changed term. The circle answers again.', { subtle: true }),
          choiceInput('candidate', 'Candidate', memberChoices(circle, nominated, nameLimit), 'Choose one of those nominated.', { value: selection.proposal.candidate }),
          { type: 'Input.Number', id: 'termMonths', label: 'Term in months', min: 1, max: 60 },
        ],
        [execute('Send amendment', 'selection-step', selectionData(selection, { step: 'amend-candidate-proposal' }))],
      ),
    );
  }
  if (may('withdraw-selection')) {
    actions.push(showCard('Withdraw', [textInput('withdrawal', 'Why is it withdrawn?', { required: 'Say why, for the logbook.', maxLength: 2000 })], [execute('Withdraw the selection', 'selection-step', selectionData(selection, { step: 'withdraw-selection' }), 'destructive')]));
  }
  return actions;
}
