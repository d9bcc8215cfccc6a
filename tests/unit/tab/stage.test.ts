import { shareStage, type ShareToStage } from '../../../tab/teams/stage';
import { en } from '../../../texts/catalogues/en';
import { textsFrom } from '../../../texts/translate';

const english = textsFrom('en', en);

/** teams-js's share call as a meeting answers it: with an SdkError, a result, or by throwing. */
function teamsAnswering(error: { errorCode: number } | null, result: boolean | null): { share: ShareToStage; shared: string[] } {
  const shared: string[] = [];
  return {
    shared,
    share: (callback, url) => {
      shared.push(url);
      callback(error, result);
    },
  };
}

const stage = 'https://tab.example.org/tab/';

describe('sharing the meeting’s stage view', () => {
  it('shares the tab’s address and says so', async () => {
    const teams = teamsAnswering(null, true);
    expect(await shareStage(teams.share, stage, english)).toEqual({ ok: true });
    expect(teams.shared).toEqual([stage]);
  });

  it('words a refusal by who may share, by where sharing works, or as a failure to try again', async () => {
    const refused = (errorCode: number) => shareStage(teamsAnswering({ errorCode }, null).share, stage, english);
    expect(await refused(1000)).toMatchObject({ ok: false, code: 'not-permitted', message: expect.stringMatching(/presenters/) });
    expect(await refused(5000)).toMatchObject({ ok: false, code: 'not-permitted' });
    expect(await refused(100)).toMatchObject({
      ok: false,
      code: 'not-supported',
      message: expect.stringMatching(/computer or on the web/),
    });
    expect(await refused(8001)).toMatchObject({ ok: false, code: 'failed', message: expect.stringMatching(/error 8001/) });
    const unconfirmed = await shareStage(teamsAnswering(null, false).share, stage, english);
    expect(unconfirmed).toMatchObject({ ok: false, code: 'failed', message: expect.stringMatching(/did not confirm/) });
  });

  it('turns teams-js throwing (a frame that cannot share) into a refusal, not an exception', async () => {
    const throwing: ShareToStage = () => {
      throw new Error('This call is only allowed in following contexts: ["sidePanel","meetingStage"]');
    };
    expect(await shareStage(throwing, stage, english)).toMatchObject({ ok: false, code: 'not-supported' });
  });
});
