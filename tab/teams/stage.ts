import type { Texts } from '../../texts/translate';

/** Why sharing the stage did not happen, as a code the view may act on and words (in the reader's language) it shows. */
export type StageRefusal = 'outside-teams' | 'not-permitted' | 'not-supported' | 'failed';

export type StageShared = { readonly ok: true } | { readonly ok: false; readonly code: StageRefusal; readonly message: string };

/** teams-js's `meeting.shareAppContentToStage`, its callback style as it is. */
export type ShareToStage = (
  callback: (error: { errorCode: number; message?: string } | null, result: boolean | null) => void,
  url: string,
) => void;

const refusal = (code: StageRefusal, message: string): StageShared => ({ ok: false, code, message });

/** Outside Teams (dev mode) there is no stage to share; the words say how to see it anyway. */
export const outsideTeams = (texts: Texts): StageShared => refusal('outside-teams', texts.t('app', 'stageOutsideTeams'));

// teams-js's ErrorCode values: PERMISSION_DENIED, UNAUTHORIZED_USER_OPERATION; NOT_SUPPORTED_ON_PLATFORM, NOT_SUPPORTED_IN_CURRENT_CONTEXT.
const notPermitted = new Set([1000, 5000]);
const notSupported = new Set([100, 501]);

/** A refusal from Teams in the reader's words: who may share, or where sharing works. */
function refusalOf(errorCode: number | null, texts: Texts): StageShared {
  if (errorCode !== null && notPermitted.has(errorCode)) return refusal('not-permitted', texts.t('app', 'stageNotPermitted'));
  if (errorCode !== null && notSupported.has(errorCode)) return refusal('not-supported', texts.t('app', 'stageNotSupported'));
  if (errorCode === null) return refusal('failed', texts.t('app', 'stageUnconfirmed'));
  return refusal('failed', texts.t('app', 'stageFailed', { errorCode: String(errorCode) }));
}

/**
 * Shares `url` (the tab's own address, which Teams opens in the meeting's stage frame) to
 * everyone in the meeting. Teams throws when the frame cannot share at all; that is a
 * refusal like the others, never an exception for the view.
 */
export function shareStage(share: ShareToStage, url: string, texts: Texts): Promise<StageShared> {
  return new Promise((resolve) => {
    try {
      share((error, result) => {
        if (error) resolve(refusalOf(error.errorCode, texts));
        else resolve(result ? { ok: true } : refusalOf(null, texts));
      }, url);
    } catch {
      resolve(refusalOf(501, texts));
    }
  });
}
