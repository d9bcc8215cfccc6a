import type { Answer, AnswerKind, Circle, ConsentRound, Objection, PersonId } from '../../../shared';
import { countedEligible, hasAnswered, own } from '../../../shared';
import type { Element } from './card';
import { container, progressBar, shorten, text } from './card';

/** Display names, shortened with the rest of the card when a large circle has long names. */
export const nameIn = (circle: Circle, limit = 60) => (personId: PersonId) => shorten(circle.members.find((m) => m.personId === personId)?.displayName ?? personId, limit);
export const nameLimitFor = (limit: number) => Math.max(16, Math.round(limit / 10));

const answerWords: Record<AnswerKind, string> = { consent: 'consent', concern: 'consent with a concern', object: 'object', 'stand-aside': 'stand aside' };

/** Who answered what, grouped, with the reasons of concerns and objections in full view of the circle. */
export function roundSection(round: ConsentRound, circle: Circle, objections: readonly Objection[], limit: number, closed: boolean): Element[] {
  const name = nameIn(circle, nameLimitFor(limit));
  const asked = countedEligible(round, circle);
  const answered = asked.filter((personId) => hasAnswered(round, personId));
  const byKind = (kind: AnswerKind) => answered.filter((personId) => own(round.answers, personId)?.kind === kind);
  const withReasons = (kind: AnswerKind) =>
    byKind(kind).map((personId) => text(`**${name(personId)}**: ${shorten((own(round.answers, personId) as Answer).text ?? '', limit)}`, { spacing: 'Small' }));
  const open = objections.filter((o) => o.revision === round.revision && o.status === 'open');
  const waiting = asked.filter((personId) => !hasAnswered(round, personId));
  return [
    text(`${answered.length} of ${asked.length} have answered`, { weight: 'Bolder', spacing: 'Medium' }),
    progressBar(answered.length, asked.length),
    ...(byKind('consent').length > 0 ? [text(`Consent: ${byKind('consent').map(name).join(', ')}`, { spacing: 'Small' })] : []),
    ...(byKind('stand-aside').length > 0 ? [text(`Stand aside: ${byKind('stand-aside').map(name).join(', ')}`, { spacing: 'Small' })] : []),
    ...(byKind('concern').length > 0 ? [container([text('Concerns', { weight: 'Bolder' }), ...withReasons('concern')], 'warning')] : []),
    ...(open.length > 0
      ? [container([text('Objections', { weight: 'Bolder', color: 'Attention' }), ...open.map((o) => text(`**${name(o.objector)}**: ${shorten(o.reason, limit)}`, { spacing: 'Small' }))], 'attention')]
      : []),
    ...(waiting.length > 0 ? [text(`${closed ? 'Did not answer' : 'Not yet answered'}: ${waiting.map(name).join(', ')}`, { subtle: true, spacing: 'Small' })] : []),
  ];
}

export function ownAnswer(round: ConsentRound, viewer: PersonId): Element[] {
  const answer = own(round.answers, viewer);
  if (!hasAnswered(round, viewer) || !answer) return [container([text('You have not answered yet.', { weight: 'Bolder' })], 'accent')];
  const reason = answer.text ? `: “${answer.text}”` : '';
  return [container([text(`Your answer: ${answerWords[answer.kind]}${reason}. You can change it until the round closes.`, { weight: 'Bolder' })], 'accent')];
}

