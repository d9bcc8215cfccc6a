import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import type { ChangeWarning, ChangeWarningCode } from '../../shared';
import { ChangeWarning as ChangeWarningSchema } from '../../shared';
import { useTexts, useWords } from '../texts';

/** The rule each warning comes from, as a heading; the core's words (`said`) say what to do. */
const ruleNames = {
  'leader-is-delegate': 'warningDoubleLink',
  'delegate-not-in-parent': 'warningDoubleLink',
  'over-role-limit': 'warningPowerBalance',
  'no-facilitator': 'warningNoFacilitator',
} as const satisfies Record<ChangeWarningCode, string>;

/** The warnings a step's reply carries; a reply without them (or an older API) has none. */
export function warningsOf(reply: unknown): ChangeWarning[] {
  const warnings = (reply as { warnings?: unknown } | null)?.warnings;
  const parsed = ChangeWarningSchema.array().safeParse(warnings ?? []);
  return parsed.success ? parsed.data : [];
}

/**
 * What the double-link and power-balance rules say of the step just taken, shown
 * where the person acted. The step stands: the circle may accept what it warns of.
 */
export function ChangeWarnings({ warnings }: { warnings: readonly ChangeWarning[] }) {
  const t = useWords('circles');
  const texts = useTexts();
  if (warnings.length === 0) return null;
  return (
    <section aria-label={t('warningsRegion')} style={{ display: 'grid', gap: 4 }}>
      {warnings.map((warning) => (
        <MessageBar key={`${warning.code}:${warning.circleId}:${warning.personId ?? ''}`} intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>{t(ruleNames[warning.code])}</MessageBarTitle> {texts.say('core', warning.said)}
          </MessageBarBody>
        </MessageBar>
      ))}
    </section>
  );
}
