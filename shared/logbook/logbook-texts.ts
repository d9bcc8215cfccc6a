/** The logbook's own words for what it keeps, in one place for translation. */
export const logbookTexts = {
  minutesTitle: (circle: string, day: string) => `Minutes: ${circle}, meeting of ${day}`,
} as const;
