const members = (count: number) => (count === 1 ? '1 member' : `${count} members`);

/** The words of the circle map (drawn and listed), in one place so they can be catalogued for translation. */
export const circleMapTexts = {
  region: 'Circle map',
  loading: 'Loading the circles…',
  /** The toggle between the drawn map and its list, the list being the map's accessible alternative. */
  showAs: 'Show the circles as',
  map: 'Map',
  list: 'List',
  drawnMap: 'Drawn circle map',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  wholeOrganisation: 'Whole organisation',
  zoomedTo: (path: string) => `Showing ${path}`,
  open: (circle: string) => `Open ${circle}`,
  keys: 'Keys: ← → move between sibling circles, ↓ into a circle, ↑ out to its parent, Enter opens it, + and − zoom.',
  legendHeading: 'How to read the map',
  legendNesting: 'A circle drawn inside another is its sub-circle; the general circle holds them all.',
  legendLeader: 'L: the leader, chosen by the parent circle to link down into this circle.',
  legendDelegate: 'D: the delegate, chosen by this circle to represent it in its parent.',
  legendMissingLink: 'A hollow, dashed L or D: nobody holds that link today.',
  legendWarnings: 'A thick dashed ring: the circle has warnings about its double link; the number on its rim says how many.',
  /** A circle's accessible name on the map: what a sighted reader sees on and around it. */
  circleName: (circle: { name: string; memberCount: number; isGeneral: boolean; leader: string | null; delegate: string | null; subCircles: number; warnings: number }) =>
    [
      circle.name,
      circle.isGeneral ? 'general circle' : null,
      members(circle.memberCount),
      circle.isGeneral ? null : circle.leader ? `leader ${circle.leader}` : 'no leader',
      circle.isGeneral ? null : circle.delegate ? `delegate ${circle.delegate}` : 'no delegate',
      circle.subCircles === 0 ? null : circle.subCircles === 1 ? '1 sub-circle' : `${circle.subCircles} sub-circles`,
      circle.warnings === 0 ? 'no warnings' : circle.warnings === 1 ? '1 warning' : `${circle.warnings} warnings`,
    ]
      .filter((part) => part !== null)
      .join(', '),
  /** The list's words. */
  generalCircle: 'General circle',
  doubleLinked: 'Double-linked',
  linkIncomplete: 'Link incomplete',
  noAim: 'No aim written yet.',
  links: (leader: string, delegate: string) => `Leader (chosen by the parent): ${leader} · Delegate (chosen by the circle): ${delegate}`,
  members,
  openButton: 'Open',
  /** The circle the keyboard or a click is on, beside the map. */
  detailsOf: (circle: string) => `About ${circle}`,
  leaderIs: (leader: string | null) => `Leader (chosen by the parent): ${leader ?? 'nobody yet'}`,
  delegateIs: (delegate: string | null) => `Delegate (chosen by the circle): ${delegate ?? 'nobody yet'}`,
  noWarnings: 'No warnings.',
  circlesInside: (circle: string) => `Circles inside ${circle}`,
} as const;
