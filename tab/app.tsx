import {
  Button,
  FluentProvider,
  Spinner,
  Tab,
  TabList,
  teamsDarkTheme,
  teamsHighContrastTheme,
  teamsLightTheme,
  Text,
  Title3,
} from '@fluentui/react-components';
import { ArrowLeftRegular } from '@fluentui/react-icons';
import { Suspense, useEffect, useMemo, useState } from 'react';
import { apiClient } from './api/client';
import { circleMapOf } from './api/circles';
import { DevPersonPicker } from './dev-person-picker';
import { useNavigation } from './lib/navigation';
import { parseOpening } from './lib/opening';
import { routeOf, routeOfOpening, sectionOf, type Route, type Section } from './lib/route';
import { productName } from '../texts/index';
import { useTexts } from './texts';
import type { Session, Theme } from './teams/host';
import { Views } from './views';
import { StepToaster } from './features/toasts';

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

/** The header's sections, in the order they are shown, with their names' keys. */
const views = [
  ['me', 'viewMe'],
  ['circles', 'viewCircles'],
  ['logbook', 'viewLogbook'],
  ['reviews', 'viewReviews'],
  ['health', 'viewHealth'],
] as const satisfies readonly (readonly [Section, string])[];

export function App({ session }: { session: Session }) {
  const texts = useTexts();
  const t = texts.of('app');
  const [theme, setTheme] = useState<Theme>(session.theme);
  const [person, setPerson] = useState(session.personId);
  const [unbound, setUnbound] = useState(false);
  const [first] = useState(() => {
    const opening = parseOpening(session.opening);
    // A link (a calendar event, a card) opens its circle, or the proposal, selection or meeting in it.
    if (opening) return routeOfOpening(opening);
    return { view: session.inTeams && session.place.kind === 'personal' ? 'me' : 'circles' } as const satisfies Route;
  });
  // An address or link that names a view wins over the conversation's own circle.
  const [named] = useState(() => routeOf(window.location.hash) !== null || parseOpening(session.opening) !== null);
  const nav = useNavigation(() => first);
  const { replace } = nav;
  useEffect(() => session.onThemeChange(setTheme), [session]);
  // In a channel, chat or meeting the tab opens on the circle bound to that conversation;
  // in a meeting's side panel or stage, on its coming meeting (else its running round); in the meeting's chat tab, the other way round.
  useEffect(() => {
    const place = session.place;
    if (place.kind === 'personal') return;
    const client = apiClient(session, texts);
    void (async () => {
      const bound = (await circleMapOf(client)).find((c) =>
        place.kind === 'channel'
          ? c.binding?.kind === 'channel' && c.binding.teamId === place.teamId && c.binding.channelId === place.channelId
          : c.binding?.kind === 'chat' && c.binding.chatId === place.chatId,
      );
      if (!bound) return setUnbound(true);
      if (named) return;
      const circleId = bound.circleId;
      replace({ view: 'circle', circleId });
      if (place.kind !== 'meeting') return;
      const circlePath = `circles/${encodeURIComponent(circleId)}`;
      // The circle's meeting not closed yet (the API lists the latest first, so the nearest is last).
      const comingMeeting = async (): Promise<Route | null> => {
        const { meetings } = await client.get<{ meetings: { meetingId: string; status: string }[] }>(`${circlePath}/meetings`);
        const id = meetings.filter((m) => m.status !== 'closed').at(-1)?.meetingId;
        return id ? { view: 'meeting', circleId, id } : null;
      };
      const runningRound = async (): Promise<Route | null> => {
        const { proposals } = await client.get<{ proposals: { proposalId: string; status: string }[] }>(`${circlePath}/proposals`);
        const id = proposals.find((p) => p.status === 'consent-round')?.proposalId;
        return id ? { view: 'proposal', circleId, id } : null;
      };
      // The side panel and the stage run the coming meeting, whose agenda opens the rounds; the meeting's chat tab opens the running round first.
      const [first, second] = place.frame === 'content' ? [runningRound, comingMeeting] : [comingMeeting, runningRound];
      const opened = (await first()) ?? (await second());
      if (opened) replace(opened);
    })().catch(() => setUnbound(true));
  }, [session, texts, named, replace]);
  // A new person is a new client: every view loads again as them. The client's requests name the person through
  // `session.headers()` (outside Teams it reads the person chosen in the page), which no dependency list can see.
  // biome-ignore lint/correctness/useExhaustiveDependencies: `person` reaches the client through `session.headers()`
  const api = useMemo(() => apiClient(session, texts), [session, texts, person]);
  const inPanel = session.place.kind === 'meeting' && session.place.frame === 'sidePanel';
  const onStage = session.place.kind === 'meeting' && session.place.frame === 'meetingStage';
  // Beside a call (320 px) and on the shared stage the meeting is all there is room and reason for:
  // no app header or views, the meeting's own compact title instead. Its chat tab keeps them.
  const bare = inPanel || onStage;
  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: '100%' }}>
      <StepToaster />
      {!bare && (
        <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '12px 16px' }}>
          <Title3 as="h1">{productName}</Title3>
          {nav.canGoBack && (
            <Button appearance="subtle" icon={<ArrowLeftRegular />} onClick={nav.back} aria-label={t('back')} title={t('back')} />
          )}
          <TabList
            selectedValue={sectionOf(nav.route)}
            onTabSelect={(_, data) => nav.go({ view: data.value as Section })}
            aria-label={t('viewsLabel')}
            size="small"
            style={{ flexWrap: 'wrap', minWidth: 0, maxWidth: '100%' }}
          >
            {views.map(([value, name]) => (
              <Tab key={value} value={value}>
                {t(name)}
              </Tab>
            ))}
          </TabList>
          {!session.inTeams && <DevPersonPicker person={person ?? 'amara'} onChange={setPerson} />}
        </header>
      )}
      <main style={{ padding: bare ? '8px 12px 12px' : '0 16px 16px' }}>
        {!session.inTeams && !bare && <Text size={200}>{t('devMode')}</Text>}
        {unbound && (
          <Text block role="status">
            {t('unbound')}
          </Text>
        )}
        <Suspense fallback={<Spinner label={t('loading')} />}>
          <Views api={api} session={session} person={person} nav={nav} />
        </Suspense>
      </main>
    </FluentProvider>
  );
}
