/** A Teams activity-feed notification to one person: what awaits them, opening the record in the tab. */
export interface ActivityNotice {
  readonly personId: string;
  readonly activityType: 'answerAwaited' | 'nominationAwaited' | 'integrationAwaited' | 'closingSoon' | 'reminder' | 'roundKeptOpen';
  readonly previewText: string;
  /** A deep link to the record in the tab. */
  readonly recordUrl: string;
  readonly templateParameters: Readonly<Record<string, string>>;
}

/** Teams' activity feed (Microsoft Graph), told of what awaits people. */
export interface ActivityFeed {
  notify(tenantId: string, notices: readonly ActivityNotice[]): Promise<void>;
}
