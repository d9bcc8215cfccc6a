import { Badge, Button, Field, Input, Spinner, Subtitle2, Text, Textarea, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { CircleSetup } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';
import { circleOf, type ListedCircle } from '../api/circles';
import { circleSetupOf, mayStartOf } from '../api/setup';
import { useLoaded } from '../api/use-loaded';
import { BringPeopleIn } from './bring-people-in';
import { NameRoles } from './name-roles';
import { PolicyForm } from './policy-form';
import { useRefusal } from './refusal';
import { useWords } from '../texts';
import { newId } from '../lib/new-ids';

/** The four steps of an empty organisation's first run, with their titles' keys. */
const firstRunSteps = [
  { step: 'create', title: 'firstRunStepCreate' },
  { step: 'members', title: 'firstRunStepMembers' },
  { step: 'roles', title: 'firstRunStepRoles' },
  { step: 'policy', title: 'firstRunStepPolicy' },
] as const;
type FirstRunStep = (typeof firstRunSteps)[number]['step'];

const statusWords = { done: 'firstRunDone', skipped: 'firstRunSkipped', todo: 'firstRunTodo' } as const;

/** Step 1: the general circle, with its name, aim and domain (`create-circle` without a parent). */
function CreateGeneral({ api, onCreated }: { api: ApiClient; onCreated: (circleId: string) => void }) {
  const t = useWords('circles');
  const [circleId] = useState(() => newId('c'));
  const [name, setName] = useState('');
  const [aim, setAim] = useState('');
  const [domain, setDomain] = useState('');
  const { attempt, on, bar } = useRefusal(['name', 'aim', 'domain']);
  const create = async () => {
    if (await attempt(() => api.post('structure/commands', { type: 'create-circle', circleId, name, aim, domain, parentId: null })))
      onCreated(circleId);
  };
  return (
    <div style={{ display: 'grid', gap: 8 }}>
      {bar}
      <Field label={t('firstRunName')} required {...on('name')}>
        <Input value={name} onChange={(_, d) => setName(d.value)} />
      </Field>
      <Field label={t('firstRunAim')} {...on('aim')}>
        <Textarea value={aim} onChange={(_, d) => setAim(d.value)} resize="vertical" />
      </Field>
      <Field label={t('firstRunDomain')} {...on('domain')}>
        <Textarea value={domain} onChange={(_, d) => setDomain(d.value)} resize="vertical" />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void create()}>
          {t('firstRunCreate')}
        </Button>
      </div>
    </div>
  );
}

/** Whether each step is done, as the core reads the circle's setup. */
function doneSteps(circle: ListedCircle | null, setup: CircleSetup | null): Record<FirstRunStep, boolean> {
  const item = (name: CircleSetup['items'][number]['item']) => setup?.items.find((entry) => entry.item === name)?.done === true;
  return { create: circle !== null, members: item('members'), roles: item('roles'), policy: item('policy') };
}

/**
 * An empty organisation's first run, for whoever the core lets create the general
 * circle: create it, bring its members in, name its roles, choose how it decides.
 * Every step after the first can be skipped and returned to; what is done is the
 * core's reading of the circle (`GET …/setup`), so it survives a reload.
 */
export function FirstRun({ api, onFinished }: { api: ApiClient; onFinished: (circleId: string) => void }) {
  const t = useWords('circles');
  const [circleId, setCircleId] = useState<string | null>(null);
  const [current, setCurrent] = useState<FirstRunStep>('create');
  const [skipped, setSkipped] = useState<ReadonlySet<FirstRunStep>>(new Set());
  const [circle, setCircle] = useState<ListedCircle | null>(null);
  const [setup, setSetup] = useState<CircleSetup | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // `version` counts the steps taken here: each one reads the circle and its setup again.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` asks for a new read
  useEffect(() => {
    if (circleId === null) return;
    let live = true;
    Promise.all([circleOf(api, circleId), circleSetupOf(api, circleId)])
      .then(([read, { setup: reading }]) => {
        if (!live) return;
        setCircle(read);
        setSetup(reading);
        setError(null);
      })
      .catch((caught: unknown) => live && setError(messageOf(caught)));
    return () => {
      live = false;
    };
  }, [api, circleId, version]);
  const done = doneSteps(circle, setup);
  const index = firstRunSteps.findIndex((s) => s.step === current);
  const next = firstRunSteps[index + 1]?.step;
  const moveOn = (skipping: boolean) => {
    if (skipping) setSkipped(new Set([...skipped, current]));
    if (next) setCurrent(next);
  };
  const changed = () => setVersion(version + 1);
  const titleKey = firstRunSteps[index]?.title;
  const title = titleKey ? t(titleKey) : '';
  return (
    <section aria-label={t('firstRunRegion')} style={{ display: 'grid', gap: 12, maxWidth: 640 }}>
      <Title3 as="h2">{t('firstRunTitle')}</Title3>
      <Text>{t('firstRunIntro')}</Text>
      <Text role="status" weight="semibold">
        {t('firstRunProgress', { done: firstRunSteps.filter((s) => done[s.step]).length, all: firstRunSteps.length })}
      </Text>
      <ol aria-label={t('firstRunSteps')} style={{ margin: 0, paddingLeft: 20, display: 'grid', gap: 4 }}>
        {firstRunSteps.map((s) => {
          const status = done[s.step] ? 'done' : skipped.has(s.step) ? 'skipped' : 'todo';
          return (
            <li key={s.step}>
              <Button
                appearance={s.step === current ? 'primary' : 'subtle'}
                aria-current={s.step === current ? 'step' : undefined}
                disabled={circle === null && s.step !== 'create'}
                onClick={() => setCurrent(s.step)}
              >
                {t(s.title)}
              </Button>{' '}
              <Badge
                appearance={status === 'done' ? 'filled' : 'outline'}
                color={status === 'done' ? 'success' : status === 'skipped' ? 'warning' : 'informative'}
              >
                {t(statusWords[status])}
              </Badge>
            </li>
          );
        })}
      </ol>
      <section aria-label={title} style={{ display: 'grid', gap: 8 }}>
        <Subtitle2 as="h3">{title}</Subtitle2>
        {error && <Text role="alert">{error}</Text>}
        {current === 'create' &&
          (circle ? (
            <Text>{t('firstRunCreated', { name: circle.name })}</Text>
          ) : circleId ? (
            <Spinner label={t('loadingCircle')} />
          ) : (
            <CreateGeneral
              api={api}
              onCreated={(created) => {
                setCircleId(created);
                setCurrent('members');
              }}
            />
          ))}
        {current !== 'create' && !circle && <Text>{t('firstRunNeedsCircle')}</Text>}
        {current === 'members' && circle && (
          <>
            <Text>{t('firstRunMembers')}</Text>
            <ul aria-label={t('members')} style={{ margin: 0 }}>
              {circle.members.map((m) => (
                <li key={m.personId}>
                  <Text>{m.displayName}</Text> {m.guest && <Badge appearance="outline">{t('guest')}</Badge>}
                </li>
              ))}
            </ul>
            <Text size={200}>{t('firstRunMembersNow', { count: circle.members.length })}</Text>
            <BringPeopleIn api={api} circle={circle} suggestions={[]} version={version} onAdded={changed} />
          </>
        )}
        {current === 'roles' && circle && (
          <NameRoles key={`${circle.members.length}-${Object.keys(circle.holders).join()}`} api={api} circle={circle} onNamed={changed} />
        )}
        {current === 'policy' && circle && <PolicyForm key={JSON.stringify(circle.policy)} api={api} circle={circle} onDone={changed} />}
        {circle && (
          <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
            {next && <Button onClick={() => moveOn(!done[current])}>{done[current] ? t('firstRunNext') : t('firstRunSkip')}</Button>}
            <Button appearance={next ? 'secondary' : 'primary'} onClick={() => onFinished(circle.circleId)}>
              {t('firstRunFinish')}
            </Button>
          </div>
        )}
      </section>
    </section>
  );
}

/** An organisation without circles: the first run for whoever may start it; everyone else learns who can. */
export function EmptyOrganisation({ api, onFinished }: { api: ApiClient; onFinished: (circleId: string) => void }) {
  const t = useWords('circles');
  const mayStart = useLoaded(() => mayStartOf(api), api);
  if (mayStart.error) return <Text role="alert">{mayStart.error}</Text>;
  if (mayStart.data === null) return <Spinner label={t('loading')} />;
  return mayStart.data ? <FirstRun api={api} onFinished={onFinished} /> : <Text>{t('firstRunWaiting')}</Text>;
}
