import type { DecisionStory } from '../../shared';
import type { ApiClient } from './client';

/** A decision's story as the API tells it to the caller (refused as the proposal is). */
export async function decisionStoryOf(api: ApiClient, circleId: string, proposalId: string): Promise<DecisionStory> {
  const { story } = await api.get<{ story: DecisionStory }>(`circles/${encodeURIComponent(circleId)}/proposals/${encodeURIComponent(proposalId)}/story`);
  return story;
}
