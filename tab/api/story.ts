import type { DecisionStory, SelectionStory } from '../../shared';
import type { ApiClient } from './client';

/** A decision's story as the API tells it to the caller (refused as the proposal is). */
export async function decisionStoryOf(api: ApiClient, circleId: string, proposalId: string): Promise<DecisionStory> {
  const { story } = await api.get<{ story: DecisionStory }>(
    `circles/${encodeURIComponent(circleId)}/proposals/${encodeURIComponent(proposalId)}/story`,
  );
  return story;
}

/** A role selection's story; a term recorded directly, with no selection behind it, is a 404 on `selectionId`. */
export async function selectionStoryOf(api: ApiClient, circleId: string, selectionId: string): Promise<SelectionStory> {
  const { story } = await api.get<{ story: SelectionStory }>(
    `circles/${encodeURIComponent(circleId)}/selections/${encodeURIComponent(selectionId)}/story`,
  );
  return story;
}
