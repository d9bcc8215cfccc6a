import pLimit from 'p-limit';
import { z } from 'zod';
import { productName } from '../../texts/product';
import type { ActivityFeed, ActivityNotice } from '../application/ports/activity-feed';
import type { EntraTokens } from './entra-tokens';
import type { GraphHttpDeps } from './graph-http';
import { graphExchange, trimmed } from './graph-http';

/** A notice Graph did not deliver, and why: the others were sent all the same. */
export interface UndeliveredNotice {
  readonly personId: string;
  readonly activityType: ActivityNotice['activityType'];
  /** Graph's HTTP status; 0 when no answer came, or no token. */
  readonly status: number;
  /** Graph's error, or what kept the notice from going out: for the log. */
  readonly message: string;
}

export interface GraphActivityFeed extends ActivityFeed {
  /** Sends each notice, a few at once; what could not be delivered, by person. */
  deliver(tenantId: string, notices: readonly ActivityNotice[]): Promise<UndeliveredNotice[]>;
}

/**
 * Notices go out a few at a time: a round opened in a circle of 150 asks Graph 150
 * times, and Teams throttles an app that sends to many people at once.
 */
const noticesAtOnce = 4;

const GraphErrorBody = z.object({ error: z.object({ code: z.string(), message: z.string() }) });

/** The documented body of `sendActivityNotification` with a text topic that opens the record in the tab. */
function activityNotificationOf(notice: ActivityNotice) {
  return {
    topic: { source: 'text', value: notice.templateParameters.title ?? productName, webUrl: notice.recordUrl },
    activityType: notice.activityType,
    previewText: { content: notice.previewText },
    templateParameters: Object.entries(notice.templateParameters).map(([name, value]) => ({ name, value })),
  };
}

/** Teams' activity feed through Microsoft Graph, as the app itself (application permission TeamsActivity.Send). */
export function graphActivityFeed(
  settings: { readonly graphBaseUrl: string },
  tokens: EntraTokens,
  deps: GraphHttpDeps & { readonly report?: (tenantId: string, undelivered: readonly UndeliveredNotice[]) => void } = {},
): GraphActivityFeed {
  const exchange = graphExchange(deps);
  const report =
    deps.report ??
    ((tenantId, undelivered) => console.warn(`Activity feed of ${tenantId}: ${undelivered.length} notice(s) not delivered`, undelivered));

  async function send(tenantId: string, notice: ActivityNotice): Promise<UndeliveredNotice | null> {
    const deliveryError = (status: number, message: string): UndeliveredNotice => ({
      personId: notice.personId,
      activityType: notice.activityType,
      status,
      message,
    });
    // A token Graph refuses (revoked, expired early) is forgotten and asked for once more.
    for (let renewed = false; ; renewed = true) {
      const granted = await tokens.app(tenantId);
      if (!granted.ok) return deliveryError(0, `${granted.code}: ${granted.message}`);
      const answered = await exchange({
        method: 'POST',
        url: `${trimmed(settings.graphBaseUrl)}/v1.0/users/${encodeURIComponent(notice.personId)}/teamwork/sendActivityNotification`,
        headers: { authorization: `Bearer ${granted.token}`, 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(activityNotificationOf(notice)),
      });
      if (!answered.ok) return deliveryError(0, answered.message);
      const { status, body } = answered.reply;
      if (status === 204 || status === 200) return null;
      if (status === 401 && !renewed) {
        tokens.forget(tenantId);
        continue;
      }
      const error = GraphErrorBody.safeParse(body);
      return deliveryError(
        status,
        error.success ? `${error.data.error.code}: ${error.data.error.message}` : `Microsoft Graph answered ${status}.`,
      );
    }
  }

  const deliver = async (tenantId: string, notices: readonly ActivityNotice[]) => {
    const limit = pLimit(noticesAtOnce);
    const sent = await Promise.all(notices.map((notice) => limit(() => send(tenantId, notice))));
    return sent.filter((outcome): outcome is UndeliveredNotice => outcome !== null);
  };

  return {
    deliver,
    async notify(tenantId, notices) {
      const undelivered = await deliver(tenantId, notices);
      if (undelivered.length > 0) report(tenantId, undelivered);
    },
  };
}
