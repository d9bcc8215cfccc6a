import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivityNotice } from '../../../functions/application/ports/activity-feed';
import { declaredActivityTypes } from '../../support/graph-fake-people';

// Every kind of notice the application sends; the compiler keeps this table complete.
const parametersOf: Record<ActivityNotice['activityType'], readonly string[]> = {
  answerAwaited: ['title', 'circle'],
  nominationAwaited: ['title', 'circle'],
  integrationAwaited: ['title', 'circle'],
  closingSoon: ['title', 'circle'],
  reminder: ['circle', 'title'],
  roundKeptOpen: ['title', 'circle', 'reason'],
};

const template = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'appPackage', 'manifest.json'), 'utf8')) as {
  activities: { activityTypes: { type: string; description: string; templateText: string }[] };
};

describe('the activity types the manifest declares', () => {
  it('are exactly the kinds of notice the application sends, each with the template parameters a notice must give', () => {
    expect(Object.fromEntries(declaredActivityTypes())).toEqual(parametersOf);
  });

  it('fit the schema’s 64 characters of type and 128 of description and template, and say something to a person', () => {
    for (const { type, description, templateText } of template.activities.activityTypes) {
      expect(type.length).toBeLessThanOrEqual(64);
      expect(description.length).toBeLessThanOrEqual(128);
      expect(templateText.length).toBeLessThanOrEqual(128);
      expect(templateText).toMatch(/^[A-Z]/);
    }
  });
});
