import type { Actor, Circle, PersonId, Selection, SelectionStepKind, Structure } from '../../../shared';
import { availableSelectionSteps, countedEligible, hasAnswered, own } from '../../../shared';
import type { Texts } from '../../../texts/translate';
import type { Action } from './card';
import { choiceInput, execute, shorten, showCard, text, textInput } from './card';

/** The revision of the facilitator's proposal a card showed; 0 before there is one. */
export const candidateRevision = (selection: Selection) => ('proposal' in selection ? selection.proposal.revision : 0);

/** What every action of a selection card carries, so a stale or forged click is recognised. */
export function selectionData(selection: Selection, extra: Record<string, unknown> = {}) {
  return {
    subject: 'selection',
    circleId: selection.circleId,
    selectionId: selection.selectionId,
    revision: candidateRevision(selection),
    ...extra,
  };
}

const memberChoices = (circle: Circle, people: readonly PersonId[], limit: number) =>
  people.map((personId) => ({
    title: shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, limit),
    value: personId,
  }));

/** The answers in the selection's consent round; the candidate is asked last, and cannot stand aside from their own role. */
export function selectionAnswerActions(selection: Selection, candidateMayAnswer: boolean, isCandidate: boolean, texts: Texts): Action[] {
  if (selection.status !== 'consent-round' || (isCandidate && !candidateMayAnswer)) return [];
  const words = texts.of('cards');
  const reasonRequired = words('selectionReasonRequired');
  const answer = (kind: string) => selectionData(selection, { step: 'answer', kind });
  return [
    execute(words('consentButton'), 'selection-step', answer('consent'), 'positive'),
    showCard(
      words('concernButton'),
      [textInput('concern', words('concernLabel'), { required: words('concernRequired'), maxLength: 2000 })],
      [execute(words('concernSend'), 'selection-step', answer('concern'))],
    ),
    showCard(
      words('objectButton'),
      [
        text(reasonRequired, { subtle: true }),
        textInput('objection', words('objectionLabel'), { required: reasonRequired, maxLength: 2000 }),
      ],
      [execute(words('objectionSend'), 'selection-step', answer('object'), 'destructive')],
    ),
    ...(selection.round.standAsideAllowed && !isCandidate
      ? [execute(words('standAsideButton'), 'selection-step', answer('stand-aside'))]
      : []),
  ];
}

/** The steps this viewer may take in a selection: exactly those the core's `availableSelectionSteps` allows. */
export function selectionViewerActions(
  structure: Structure,
  circle: Circle,
  selection: Selection,
  viewer: PersonId,
  now: string,
  nameLimit: number,
  texts: Texts,
): Action[] {
  const words = texts.of('cards');
  const actor: Actor = { kind: 'person', personId: viewer, organisationAdmin: false };
  const steps = availableSelectionSteps(structure, selection, actor, now);
  const may = (step: SelectionStepKind) => steps.includes(step);
  const members = circle.members.map((m) => m.personId);
  const actions: Action[] = [];
  const modes = [
    { title: words('selectionModeAsync'), value: 'async' },
    { title: words('selectionModeSync'), value: 'sync' },
  ];
  const nominateStep = selection.status === 'nominations' ? 'nominate' : 'change-nomination';
  if (may(nominateStep)) {
    const mine = own(selection.nominations, viewer);
    const title = words(selection.status === 'nominations' && !mine ? 'nominate' : 'changeNomination');
    actions.push(
      showCard(
        title,
        [
          text(words('nominateNote'), { subtle: true }),
          choiceInput(
            'nominee',
            words('nomineeLabel'),
            memberChoices(circle, members, nameLimit),
            words('nomineeRequired'),
            mine ? { value: mine.nominee } : {},
          ),
          textInput('reason', words('nominationReasonLabel'), { required: words('nominationReasonRequired'), maxLength: 2000 }),
        ],
        [execute(words('nominationSend'), 'selection-step', selectionData(selection, { step: nominateStep }), 'positive')],
      ),
    );
  }
  if (may('close-nominations'))
    actions.push(execute(words('revealNominations'), 'selection-step', selectionData(selection, { step: 'close-nominations' })));
  const nominated = [...new Set(Object.values(selection.nominations).map((n) => n.nominee))];
  const first = nominated[0];
  if (first && may('propose-candidate')) {
    actions.push(
      showCard(
        words('proposeCandidate'),
        [
          choiceInput('candidate', words('candidateLabel'), memberChoices(circle, nominated, nameLimit), words('candidateRequired')),
          textInput('reasoning', words('reasoningLabel'), { required: words('reasoningRequired'), maxLength: 4000 }),
          choiceInput('mode', words('modeLabel'), modes, words('modeRequired'), { value: 'async' }),
        ],
        [execute(words('proposeButton'), 'selection-step', selectionData(selection, { step: 'propose-candidate' }), 'positive')],
      ),
    );
  }
  if (may('withdraw-objection'))
    actions.push(execute(words('stepWithdrawObjection'), 'selection-step', selectionData(selection, { step: 'withdraw-objection' })));
  if (selection.status === 'consent-round') {
    const asked = countedEligible(selection.round, circle);
    const answered = asked.filter((personId) => hasAnswered(selection.round, personId));
    if (may('remind-awaited'))
      actions.push(execute(words('stepRemindAwaited'), 'selection-step', selectionData(selection, { step: 'remind-awaited' })));
    if (may('close-consent-round')) {
      const data = selectionData(selection, { step: 'close-consent-round' });
      actions.push(
        selection.round.mode === 'async'
          ? execute(words('closeRound'), 'selection-step', data)
          : showCard(
              words('closeRound'),
              [
                choiceInput('present', words('closeWhoIsPresent'), memberChoices(circle, asked, nameLimit), words('closeChoosePresent'), {
                  multi: true,
                  value: answered.join(','),
                }),
              ],
              [execute(words('closeWithPresent'), 'selection-step', data)],
            ),
      );
    }
  }
  if ('proposal' in selection && first && may('amend-candidate-proposal')) {
    actions.push(
      showCard(
        words('amendCandidate'),
        [
          text(words('amendCandidateNote'), { subtle: true }),
          choiceInput('candidate', words('candidateLabel'), memberChoices(circle, nominated, nameLimit), words('candidateRequired'), {
            value: selection.proposal.candidate,
          }),
          { type: 'Input.Number', id: 'termMonths', label: words('termMonthsLabel'), min: 1, max: 60 },
        ],
        [execute(words('amendSend'), 'selection-step', selectionData(selection, { step: 'amend-candidate-proposal' }))],
      ),
    );
  }
  if (may('withdraw-selection')) {
    const reason = textInput('withdrawal', words('withdrawLabel'), { required: words('withdrawRequired'), maxLength: 2000 });
    actions.push(
      showCard(
        words('withdraw'),
        [reason],
        [execute(words('withdrawSelection'), 'selection-step', selectionData(selection, { step: 'withdraw-selection' }), 'destructive')],
      ),
    );
  }
  return actions;
}
