import type { Proposal, Selection } from '../../../shared';
import type { KeyOf } from '../../../texts/catalogues/en';

/** The name of each stage a proposal or a role selection passes through, as the cards label it. */
export const proposalStage: Record<Proposal['status'], KeyOf<'cards'>> = {
  draft: 'stageDraft',
  presented: 'stagePresented',
  clarifying: 'stageClarifying',
  reactions: 'stageReactions',
  'consent-round': 'stageConsentRound',
  integration: 'stageIntegration',
  adopted: 'stageAdopted',
  withdrawn: 'stageWithdrawn',
};

export const selectionStage: Record<Selection['status'], KeyOf<'cards'>> = {
  nominations: 'stageNominations',
  'change-round': 'stageChangeRound',
  'consent-round': 'stageConsentRound',
  integration: 'stageIntegration',
  recorded: 'stageRecorded',
  withdrawn: 'stageWithdrawn',
};
