import type { Notifier } from '../application/ports/notifier';
import type { Services } from '../composition/services';

/**
 * How the deployment tells people: being built in this session (issue 14, helper
 * N); until it lands nothing is said.
 */
export function notifierOf(_services: Services): Notifier {
  return { stepStored: async () => undefined, remindAwaited: async () => undefined, roundKeptOpen: async () => undefined };
}
