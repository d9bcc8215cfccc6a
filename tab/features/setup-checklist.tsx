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
import { checklistIntro, checklistTexts } from './setup-texts';

/** Where each item's control is: a form the checklist opens, the page's own control it sends the focus to, or none (done in Teams). */
const controls: Record<SetupItem, { readonly opens: 'describe' | 'policy' } | { readonly focus: string } | null> = {
  'aim-and-domain': { opens: 'describe' },
  members: { focus: recordTargets.addMember },
  roles: { focus: recordTargets.recordTerm },
  conversation: null,
  policy: { opens: 'policy' },
};

const focusOn = (id: string) => {
  const target = document.getElementById(id);
  target?.scrollIntoView({ block: 'center' });
  target?.focus();
};

/**
 * A circle's setup checklist, shown on its page until the core finds it complete:
 * only the items still to do, each with the control that does it for those who keep
 * the circle's records. `version` changes with the circle, so it is read again.
 */
export function SetupChecklist({ api, circle, version, onChanged }: { api: ApiClient; circle: ListedCircle; version: number; onChanged: () => void }) {
  const read = useLoaded(() => circleSetupOf(api, circle.circleId), `${circle.circleId}-${version}`);
  const [open, setOpen] = useState<'describe' | 'policy' | null>(null);
  if (!read.data || read.data.setup.complete) return null;
  const { setup, mayKeepRecords } = read.data;
  const todo = setup.items.filter((entry) => !entry.done);
  const done = () => (setOpen(null), onChanged());
  return (
    <Card aria-label={checklistIntro.title} appearance="outline">
      <Subtitle2 as="h3">{checklistIntro.title}</Subtitle2>
      <Text size={200}>{checklistIntro.progress(setup.items.length - todo.length, setup.items.length)}</Text>
      <ul aria-label="Still to do" style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
        {todo.map(({ item }) => {
          const control = controls[item];
          const action = checklistTexts[item].action;
          return (
            <li key={item}>
              <Text>{checklistTexts[item].todo(setup.unfilledRoles)}</Text>{' '}
              {mayKeepRecords && control && action && (
                <Button
                  size="small"
                  appearance="transparent"
                  aria-expanded={'opens' in control ? open === control.opens : undefined}
                  onClick={() => ('opens' in control ? setOpen(open === control.opens ? null : control.opens) : focusOn(control.focus))}
                >
                  {action}
                </Button>
              )}
            </li>
          );
        })}
      </ul>
      {!mayKeepRecords && <Text size={200}>{checklistIntro.othersComplete}</Text>}
      {open === 'describe' && <DescribeForm api={api} circle={circle} onDone={done} />}
      {open === 'policy' && <PolicyForm api={api} circle={circle} onDone={done} />}
    </Card>
  );
}
