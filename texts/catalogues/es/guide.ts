import type { Catalogue } from '../en';

const consentMeaning =
  'Consentir significa “suficientemente bueno por ahora, suficientemente seguro para probarlo”. Solo una objeción con su razón detiene la decisión.';

/** Spanish: guide. */
export const guide: Catalogue['guide'] = {
  proposalDraft:
    '{author} está redactando esta propuesta. Después: {author} (o {facilitator}, a cargo de la facilitación) la presenta al círculo.',
  proposalPresented:
    'Presentada al círculo. Después: {facilitator} abre las preguntas aclaratorias, para que todo el mundo entienda la propuesta antes de reaccionar.',
  proposalClarifying:
    'Preguntas aclaratorias: pregunta lo que necesites para entender; todavía sin opiniones. {author} o {facilitator} responde. Después: {facilitator} abre las reacciones rápidas.',
  proposalReactions:
    'Reacciones rápidas: cada miembro dice brevemente qué le parece. Después: {facilitator} abre la ronda de consentimiento.',
  roundInMeeting:
    'Ronda de consentimiento, en la reunión: cada miembro responde por turno. {facilitator} cierra la ronda cuando han respondido todas las personas presentes.',
  roundPassed: `Ronda de consentimiento: su plazo, el {deadline, date, medium}, ya pasó. {facilitator} la cierra según lo que el círculo decidió para sus rondas; hasta entonces se siguen aceptando respuestas. ${consentMeaning}`,
  roundBy: `Ronda de consentimiento: responde antes del {deadline, date, medium}. ${consentMeaning}`,
  roundUndated: `Ronda de consentimiento: responde antes del plazo. ${consentMeaning}`,
  proposalIntegration:
    'Hay objeciones abiertas. {author} enmienda la propuesta para atenderlas (una nueva versión a la que el círculo vuelve a responder), o cada persona que objetó retira su objeción. Solo se adopta cuando no queda ninguna objeción abierta.',
  proposalAdopted: 'Adoptada por consentimiento el {decided, date, medium}. El círculo la revisa antes del {review, date, medium}.',
  proposalWithdrawn: 'Retirada el {decided, date, medium} por {person}: {reason}',
  selectionNominations:
    'Nominaciones: cada miembro dice a quién ve en el rol de {role} y por qué. Quedan ocultas hasta que {facilitator} las revela, para no influir en nadie. Puedes nominarte a ti.',
  selectionChangeRound:
    'Las nominaciones están a la vista de todos. Cualquiera puede cambiar la suya después de oír las razones. Después: {facilitator} propone a una persona, citando las razones dadas.',
  selectionConsentRound:
    'Ronda de consentimiento sobre {candidate} en el rol de {role}. La persona propuesta responde al final. Solo una objeción con su razón detiene la elección.',
  selectionIntegration:
    'Hay objeciones abiertas. {facilitator} propone a otra persona o un mandato cambiado, o cada persona que objetó retira su objeción.',
  selectionRecorded:
    '{candidate} ocupa el rol de {role} del {termStart, date, medium} al {termEnd, date, medium}, tras una elección por consentimiento. El fin del mandato es su fecha de revisión.',
  selectionWithdrawn: 'Retirada el {decided, date, medium}: {reason}',
};
