import { Button, Card, Subtitle2, Text } from '@fluentui/react-components';
import { useState } from 'react';
import type { SetupItem } from '../../shared';
import type { ApiClient } from '../api/client';
import type { ListedCircle } from '../api/circles';
import { circleSetupOf } from '../api/setup';
import { useLoaded } from '../api/use-loaded';
import { DescribeForm } from './describe-form';
import { PolicyForm } from './policy-form';
import { recordTargets } from './records';
import type { KeyOf } from '../../texts/catalogues/en';
import { useTexts } from '../texts';

/** Where each item's control is: a form the checklist opens, the page's own control it sends the focus to, or none (done in Teams). */
const controls: Record<SetupItem, { readonly opens: 'describe' | 'policy' } | { readonly focus: string } | null> = {
  'aim-and-domain': { opens: 'describe' },
  members: { focus: recordTargets.addMember },
  roles: { focus: recordTargets.recordTerm },
  conversation: null,
  policy: { opens: 'policy' },
};

/** Each item's words: what is still to do, and the words of the control that does it (none for what is done in Teams). */
const itemWords: Record<SetupItem, { readonly todo: KeyOf<'circles'>; readonly action: KeyOf<'circles'> | null }> = {
  'aim-and-domain': { todo: 'checklistAimAndDomain', action: 'checklistAimAndDomainAction' },
  members: { todo: 'checklistMembers', action: 'checklistMembersAction' },
  roles: { todo: 'checklistRoles', action: 'checklistRolesAction' },
  conversation: { todo: 'checklistConversation', action: null },
  policy: { todo: 'checklistPolicy', action: 'checklistPolicyAction' },
};

/** Sends the focus to the page's control; a form still behind its button is opened first. */
const focusOn = (id: string) => {
  const target = document.getElementById(id);
  if (target?.getAttribute('aria-expanded') === 'false') target.click();
  // The opened form's own control takes the id once it is drawn.
  requestAnimationFrame(() => {
    const shown = document.getElementById(id);
    shown?.scrollIntoView({ block: 'center' });
    shown?.focus();
  });
};

/**
 * A circle's setup checklist, shown on its page until the core finds it complete:
 * only the items still to do, each with the control that does it for those who keep
 * the circle's records. `version` changes with the circle, so it is read again.
 */
export function SetupChecklist({
  api,
  circle,
  version,
  onChanged,
}: {
  api: ApiClient;
  circle: ListedCircle;
  version: number;
  onChanged: () => void;
}) {
  const texts = useTexts();
  const t = texts.of('circles');
  const read = useLoaded(() => circleSetupOf(api, circle.circleId), `${circle.circleId}-${version}`);
  const [open, setOpen] = useState<'describe' | 'policy' | null>(null);
  if (!read.data || read.data.setup.complete) return null;
  const { setup, mayKeepRecords } = read.data;
  const todo = setup.items.filter((entry) => !entry.done);
  const done = () => {
    setOpen(null);
    onChanged();
  };
  const roles = texts.list(setup.unfilledRoles.map((role) => t('roleNameLower', { role })));
  return (
    <Card aria-label={t('checklistTitle')} appearance="outline">
      <Subtitle2 as="h3">{t('checklistTitle')}</Subtitle2>
      <Text size={200}>{t('checklistProgress', { done: setup.items.length - todo.length, all: setup.items.length })}</Text>
      <ul aria-label={t('checklistStillToDo')} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
        {todo.map(({ item }) => {
          const control = controls[item];
          const action = itemWords[item].action;
          return (
            <li key={item}>
              <Text>{t(itemWords[item].todo, { roles })}</Text>{' '}
              {mayKeepRecords && control && action && (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-expanded={'opens' in control ? open === control.opens : undefined}
                  onClick={() => ('opens' in control ? setOpen(open === control.opens ? null : control.opens) : focusOn(control.focus))}
                >
                  {t(action)}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {!mayKeepRecords && <Text size={200}>{t('checklistOthersComplete')}</Text>}
      {open === 'describe' && <DescribeForm api={api} circle={circle} onDone={done} />}
      {open === 'policy' && <PolicyForm api={api} circle={circle} onDone={done} />}
    </Card>
  );
}
