import type { AnswerKind, LogbookStatus, SelectionStage } from '../../shared';
import type { KeyOf } from '../../texts/index';

/** Every stage a proposal, a selection, a role term or minutes can be at, named in the catalogue; the type keeps it complete. */
export const stageKey: Record<LogbookStatus | SelectionStage, KeyOf<'records'>> = {
  draft: 'stageDraft',
  presented: 'stagePresented',
  clarifying: 'stageClarifying',
  reactions: 'stageReactions',
  'consent-round': 'stageConsentRound',
  integration: 'stageIntegration',
  adopted: 'stageAdopted',
  withdrawn: 'stageWithdrawn',
  upcoming: 'stageUpcoming',
  current: 'stageCurrent',
  ended: 'stageEnded',
  held: 'stageHeld',
  nominations: 'stageNominations',
  'change-round': 'stageChangeRound',
  recorded: 'stageRecorded',
};

/** The four answers to a consent round, in the order the form offers them. */
export const answerKey: Record<AnswerKind, KeyOf<'records'>> = {
  consent: 'answerConsent',
  concern: 'answerConcern',
  object: 'answerObject',
  'stand-aside': 'answerStandAside',
};
