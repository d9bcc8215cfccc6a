import type { SetupItem } from '../../shared';

/** The words of the first run and the setup checklist, in one place for the catalogue of a later issue. */

/** A list of role names in a sentence: "facilitator", "facilitator and secretary", "leader, delegate and secretary". */
const listed = (names: readonly string[]) => (names.length <= 1 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`);

/** Each checklist item: what is still to do, and the words of the control that does it. */
export const checklistTexts: Record<SetupItem, { readonly todo: (unfilledRoles: readonly string[]) => string; readonly action: string | null }> = {
  'aim-and-domain': { todo: () => 'Write its aim and its domain.', action: 'Write them' },
  members: { todo: () => 'Bring in at least two members: one person alone cannot decide by consent.', action: 'Add members' },
  roles: { todo: (roles) => `Name its ${listed(roles)}.`, action: 'Record a term' },
  conversation: { todo: () => 'Give it a home in Teams: in the channel or chat where it works, type “@Sociocracy for Teams bind”.', action: null },
  policy: { todo: () => 'Choose how it decides: how rounds are held, how long they last, what silence means.', action: 'Choose' },
};

export const checklistIntro = {
  title: 'To finish setting up this circle',
  progress: (done: number, all: number) => `${done} of ${all} done.`,
  othersComplete: 'Its secretary (or, while it has none, the record keeper of the circle above it) or an organisation admin completes these.',
};

/** The four steps of an empty organisation's first run. */
export const firstRunSteps = [
  { step: 'create', title: 'Create the general circle' },
  { step: 'members', title: 'Bring its members in' },
  { step: 'roles', title: 'Name its roles' },
  { step: 'policy', title: 'Choose how it decides' },
] as const;
export type FirstRunStep = (typeof firstRunSteps)[number]['step'];

export const firstRunTexts = {
  title: 'Welcome: let’s set up your organisation',
  intro:
    'Sociocracy starts with one circle for the whole organisation, the general circle. Four steps set it up; you can skip any and come back, and its page lists what is left.',
  progress: (done: number) => `${done} of ${firstRunSteps.length} steps done`,
  status: { done: 'done', skipped: 'skipped', todo: 'to do' },
  waiting: 'No circles yet. An organisation admin starts by creating the general circle; ask one of your admins to open this tab.',
  create: {
    name: 'Name of the organisation’s general circle',
    aim: 'Aim (what the organisation is for)',
    domain: 'Domain (what it decides about)',
    submit: 'Create the general circle',
    created: (name: string) => `“${name}” is created.`,
  },
  members: 'Find people by name, or add those of the circle’s conversation once it is bound.',
  membersNow: (count: number) => (count === 1 ? 'One member so far.' : `${count} members so far.`),
  skip: 'Skip for now',
  next: 'Next step',
  finish: 'Open the general circle',
  needsCircle: 'Create the general circle first.',
};
