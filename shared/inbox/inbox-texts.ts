import type { core } from '../texts/core';
import type { Said } from '../texts/said';
import { stagesKey } from '../kernel/errors';
import { messageDate } from '../kernel/time';
import type { AwaitedStep } from './what-awaits';

type Asked = Pick<AwaitedStep, 'asks' | 'due' | 'overdue'>;
type CoreKey = keyof typeof core;

/** What the person is asked for, in a sentence (`core.awaited…`): the due day as a date each reader reads in their own words. */
export function awaitedGuide(step: Asked): Said<CoreKey> {
  const asks = stagesKey([step.asks]);
  if (step.due === null) return { key: 'awaitedGuideUndated', values: { asks } };
  return { key: 'awaitedGuide', values: { asks, due: messageDate(step.due), overdue: step.overdue ? 'yes' : 'no' } };
}

/** The step's label: what kind it is, or that its date has passed (a meeting's start is no fault, so it says it is starting). */
export function awaitedLabel(step: Pick<AwaitedStep, 'asks' | 'overdue'>): Said<CoreKey> {
  if (!step.overdue || step.asks === 'meeting-under-way') return { key: 'awaitedLabel', values: { asks: stagesKey([step.asks]) } };
  return { key: step.asks === 'meeting' ? 'awaitedStarting' : 'awaitedOverdue' };
}

/**
 * What the step is called, when the core words it: a selection or a role term's review by its role
 * (`said`), a meeting (which has no title) by the day it meets (`core.meetingOn`); otherwise the record's own title.
 */
export function awaitedTitle(step: Pick<AwaitedStep, 'kind' | 'title' | 'said'>): Said<CoreKey> | null {
  if (step.said) return step.said;
  return step.kind === 'meeting' ? { key: 'meetingOn', values: { day: messageDate(step.title) } } : null;
}
