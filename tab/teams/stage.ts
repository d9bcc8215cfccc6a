/** Why sharing the stage did not happen, as a code the view may act on and words it shows. */
export type StageRefusal = 'outside-teams' | 'not-permitted' | 'not-supported' | 'failed';

export type StageShared = { readonly ok: true } | { readonly ok: false; readonly code: StageRefusal; readonly message: string };

/** teams-js's `meeting.shareAppContentToStage`, its callback style as it is. */
export type ShareToStage = (callback: (error: { errorCode: number; message?: string } | null, result: boolean | null) => void, url: string) => void;

const refusal = (code: StageRefusal, message: string): StageShared => ({ ok: false, code, message });

export const outsideTeams = refusal(
  'outside-teams',
  'Sharing to the meeting stage works inside a Teams meeting. Here, add &frame=meetingStage to the address to see what the stage shows.',
);

// teams-js's ErrorCode values: PERMISSION_DENIED, UNAUTHORIZED_USER_OPERATION; NOT_SUPPORTED_ON_PLATFORM, NOT_SUPPORTED_IN_CURRENT_CONTEXT.
const notPermitted = new Set([1000, 5000]);
const notSupported = new Set([100, 501]);

/** A refusal from Teams in words: who may share, or where sharing works. */
function refusalOf(errorCode: number | null): StageShared {
  if (errorCode !== null && notPermitted.has(errorCode)) {
    const who = 'only the meeting’s organiser and presenters can, and the app needs the meeting’s permission to share';
    return refusal('not-permitted', `Teams did not let you share to the stage: ${who}.`);
  }
  if (errorCode !== null && notSupported.has(errorCode)) {
    const where = 'Open the meeting in Teams on a computer or on the web to share it.';
    return refusal('not-supported', `This Teams client cannot share an app to the meeting stage. ${where}`);
  }
  const said = errorCode === null ? 'did not confirm sharing the stage' : `could not share the stage (error ${errorCode})`;
  return refusal('failed', `Teams ${said}. Try again, or use Share at the top of the side panel.`);
}

/**
 * Shares `url` (the tab's own address, which Teams opens in the meeting's stage frame) to
 * everyone in the meeting. Teams throws when the frame cannot share at all; that is a
 * refusal like the others, never an exception for the view.
 */
export function shareStage(share: ShareToStage, url: string): Promise<StageShared> {
  return new Promise((resolve) => {
    try {
      share((error, result) => {
        if (error) resolve(refusalOf(error.errorCode));
        else resolve(result ? { ok: true } : refusalOf(null));
      }, url);
    } catch {
      resolve(refusalOf(501));
    }
  });
}
