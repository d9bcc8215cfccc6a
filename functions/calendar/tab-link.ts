import type { CalendarEntry } from '../../shared';

/** Where the tab is and, inside Teams, which app's personal tab a deep link opens. */
export interface TabAddress {
  readonly tabUrl: string;
  readonly teamsAppId?: string;
}

/** The tab's opening for an entry's subject (the tab's `parseOpening` reads it back). */
export function openingOf(entry: CalendarEntry): string {
  const part = encodeURIComponent;
  switch (entry.subject.kind) {
    case 'decision':
      return `proposal/${part(entry.circleId)}/${part(entry.subject.proposalId)}`;
    default:
      return `circle/${part(entry.circleId)}`;
  }
}

/**
 * The address of an entry's subject: a Teams deep link to the app's personal tab
 * when the app id is known, else the tab's own address (the local stack, a browser).
 */
export function tabLinkOf(address: TabAddress): (entry: CalendarEntry) => string {
  return (entry) => openingLink(address, openingOf(entry));
}

/** The address of a proposal, a role selection or a meeting in the tab, as `tabLinkOf` makes it for an entry. */
export function recordLink(address: TabAddress, kind: 'proposal' | 'selection' | 'meeting', circleId: string, id: string): string {
  return openingLink(address, `${kind}/${encodeURIComponent(circleId)}/${encodeURIComponent(id)}`);
}

function openingLink(address: TabAddress, opening: string): string {
  if (!address.teamsAppId) return `${address.tabUrl}?open=${encodeURIComponent(opening)}`;
  const context = encodeURIComponent(JSON.stringify({ subEntityId: opening }));
  return `https://teams.microsoft.com/l/entity/${encodeURIComponent(address.teamsAppId)}/me?context=${context}`;
}
