import type { Answer, AnswerKind, Circle, ConsentRound, Objection, PersonId } from '../../../shared';
import { countedEligible, hasAnswered, own } from '../../../shared';
import type { KeyOf } from '../../../texts/catalogues/en';
import type { Texts } from '../../../texts/translate';
import type { Element } from './card';
import { container, progressBar, shorten, text } from './card';

/** Display names, shortened with the rest of the card when a large circle has long names. */
export const nameIn =
  (circle: Circle, limit = 60) =>
  (personId: PersonId) =>
    shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, limit);
export const nameLimitFor = (limit: number) => Math.max(16, Math.round(limit / 10));

const answerWords: Record<AnswerKind, KeyOf<'cards'>> = {
  consent: 'answerConsent',
  concern: 'answerConcern',
  object: 'answerObject',
  'stand-aside': 'answerStandAside',
};

/** Who answered what, grouped, with the reasons of concerns and objections in full view of the circle. */
export function roundSection(
  round: ConsentRound,
  circle: Circle,
  objections: readonly Objection[],
  limit: number,
  closed: boolean,
  texts: Texts,
): Element[] {
  const words = texts.of('cards');
  const name = nameIn(circle, nameLimitFor(limit));
  const names = (people: readonly PersonId[]) => people.map(name).join(', ');
  const asked = countedEligible(round, circle);
  const answered = asked.filter((personId) => hasAnswered(round, personId));
  const byKind = (kind: AnswerKind) => answered.filter((personId) => own(round.answers, personId)?.kind === kind);
  const withReasons = (kind: AnswerKind) =>
    byKind(kind).map((personId) =>
      text(`**${name(personId)}**: ${shorten((own(round.answers, personId) as Answer).text ?? '', limit)}`, { spacing: 'Small' }),
    );
  const open = objections.filter((o) => o.revision === round.revision && o.status === 'open');
  const waiting = asked.filter((personId) => !hasAnswered(round, personId));
  return [
    text(words('roundAnswered', { answered: answered.length, asked: asked.length }), { weight: 'Bolder', spacing: 'Medium' }),
    progressBar(answered.length, asked.length),
    ...(byKind('consent').length > 0 ? [text(words('roundConsented', { names: names(byKind('consent')) }), { spacing: 'Small' })] : []),
    ...(byKind('stand-aside').length > 0
      ? [text(words('roundStoodAside', { names: names(byKind('stand-aside')) }), { spacing: 'Small' })]
      : []),
    ...(byKind('concern').length > 0
      ? [container([text(words('roundConcerns'), { weight: 'Bolder' }), ...withReasons('concern')], 'warning')]
      : []),
    ...(open.length > 0
      ? [
          container(
            [
              text(words('roundObjections'), { weight: 'Bolder', color: 'Attention' }),
              ...open.map((o) => text(`**${name(o.objector)}**: ${shorten(o.reason, limit)}`, { spacing: 'Small' })),
            ],
            'attention',
          ),
        ]
      : []),
    ...(waiting.length > 0
      ? [text(words(closed ? 'roundDidNotAnswer' : 'roundNotYetAnswered', { names: names(waiting) }), { subtle: true, spacing: 'Small' })]
      : []),
  ];
}

export function ownAnswer(round: ConsentRound, viewer: PersonId, texts: Texts): Element[] {
  const words = texts.of('cards');
  const answer = own(round.answers, viewer);
  if (!hasAnswered(round, viewer) || !answer) return [container([text(words('ownAnswerNone'), { weight: 'Bolder' })], 'accent')];
  const kind = words(answerWords[answer.kind]);
  const said = answer.text ? words('ownAnswerWithReason', { answer: kind, reason: answer.text }) : words('ownAnswer', { answer: kind });
  return [container([text(said, { weight: 'Bolder' })], 'accent')];
}
