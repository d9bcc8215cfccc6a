import { FluentProvider, Spinner, Tab, TabList, teamsDarkTheme, teamsHighContrastTheme, teamsLightTheme, Text, Title3 } from '@fluentui/react-components';
import { lazy, Suspense, useEffect, useMemo, useState } from 'react';
import { apiClient } from './api/client';
import { circleMapOf, circleOf } from './api/circles';
import { DevPersonPicker } from './dev-person-picker';
import { parseOpening } from './lib/opening';
import { productName } from '../texts/index';
import { useTexts } from './texts';
import type { Circle, LogbookEntry } from '../shared';
import type { Session, Theme } from './teams/host';
import type { InMeeting } from './features/in-meeting';
import { StepToaster } from './features/toasts';

// Each view is its own chunk, so the first load carries only what the first view needs.
const CircleMap = lazy(() => import('./features/circle-map'));
const CircleView = lazy(() => import('./features/circle'));
const Logbook = lazy(() => import('./features/logbook'));
const DecisionStoryView = lazy(() => import('./features/decision-story'));
const SelectionStoryView = lazy(() => import('./features/selection-story'));
const ProposalView = lazy(() => import('./features/proposal'));
const Reviews = lazy(() => import('./features/reviews'));
const Health = lazy(() => import('./features/health'));
const Me = lazy(() => import('./features/me'));
const SelectionView = lazy(() => import('./features/selection'));
const MeetingView = lazy(() => import('./features/meeting'));

const themes = { default: teamsLightTheme, dark: teamsDarkTheme, contrast: teamsHighContrastTheme } as const;

type View = 'me' | 'circles' | 'logbook' | 'reviews' | 'health';

/** The header's views, in the order they are shown, with their names' keys. */
const views = [
  ['me', 'viewMe'],
  ['circles', 'viewCircles'],
  ['logbook', 'viewLogbook'],
  ['reviews', 'viewReviews'],
  ['health', 'viewHealth'],
] as const satisfies readonly (readonly [View, string])[];

export function App({ session }: { session: Session }) {
  const texts = useTexts();
  const t = texts.of('app');
  const [theme, setTheme] = useState<Theme>(session.theme);
  const [person, setPerson] = useState(session.personId);
  const [view, setView] = useState<View>(session.inTeams && session.place.kind === 'personal' ? 'me' : 'circles');
  const [unbound, setUnbound] = useState(false);
  const [openCircle, setOpenCircle] = useState<string | null>(null);
  const [openedIn, setOpenedIn] = useState<Pick<Circle, 'circleId' | 'name' | 'members'> | null>(null);
  const [openProposal, setOpenProposal] = useState<string | null>(null);
  const [openSelection, setOpenSelection] = useState<string | null>(null);
  const [openMeeting, setOpenMeeting] = useState<string | null>(null);
  /** Those present at the meeting a proposal was opened from, so its round closes with them; null elsewhere. */
  const [inMeeting, setInMeeting] = useState<InMeeting | null>(null);
  const [openStory, setOpenStory] = useState<Pick<LogbookEntry, 'kind' | 'circleId' | 'id'> | null>(null);
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
      setOpenCircle(bound.circleId);
      if (place.kind !== 'meeting') return;
      const circlePath = `circles/${encodeURIComponent(bound.circleId)}`;
      // The circle's meeting not closed yet (the API lists the latest first, so the nearest is last).
      const comingMeeting = async () => {
        const { meetings } = await client.get<{ meetings: { meetingId: string; status: string }[] }>(`${circlePath}/meetings`);
        const meetingId = meetings.filter((m) => m.status !== 'closed').at(-1)?.meetingId;
        return meetingId ? () => setOpenMeeting(meetingId) : null;
      };
      const runningRound = async () => {
        const { proposals } = await client.get<{ proposals: { proposalId: string; status: string }[] }>(`${circlePath}/proposals`);
        const proposalId = proposals.find((p) => p.status === 'consent-round')?.proposalId;
        return proposalId ? () => setOpenProposal(proposalId) : null;
      };
      // The side panel and the stage run the coming meeting, whose agenda opens the rounds; the meeting's chat tab opens the running round first.
      const [first, second] = place.frame === 'content' ? [runningRound, comingMeeting] : [comingMeeting, runningRound];
      const open = (await first()) ?? (await second());
      if (!open) return;
      setOpenedIn(await circleOf(client, bound.circleId));
      open();
    })().catch(() => setUnbound(true));
  }, [session, texts]);
  // A link (a calendar event, a card) opens its circle, or the proposal, selection or meeting in it.
  useEffect(() => {
    const opening = parseOpening(session.opening);
    if (!opening) return;
    setView('circles');
    setOpenCircle(opening.circleId);
    if (opening.kind === 'circle') return;
    const openRecord = { proposal: setOpenProposal, selection: setOpenSelection, meeting: setOpenMeeting }[opening.kind];
    // A circle no longer there (404) opens nothing more than the circle's own page says.
    void circleOf(apiClient(session, texts), opening.circleId)
      .then((circle) => {
        setOpenedIn(circle);
        openRecord(opening.id);
      })
      .catch(() => undefined);
  }, [session, texts]);
  // A new person is a new client: every view loads again as them.
  const api = useMemo(() => apiClient(session, texts), [session, texts, person]);
  const inPanel = session.place.kind === 'meeting' && session.place.frame === 'sidePanel';
  const onStage = session.place.kind === 'meeting' && session.place.frame === 'meetingStage';
  // Beside a call (320 px) and on the shared stage the meeting is all there is room and reason for:
  // no app header or views, the meeting's own compact title instead. Its chat tab keeps them.
  const bare = inPanel || onStage;
  const meetingBack = openMeeting && openedIn ? t('meetingBack', { circle: openedIn.name }) : null;
  return (
    <FluentProvider theme={themes[theme]} style={{ minHeight: '100%' }}>
      <StepToaster />
      {!bare && <header style={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 12, padding: '12px 16px' }}>
        <Title3 as="h1">{productName}</Title3>
        <TabList selectedValue={view} onTabSelect={(_, data) => setView(data.value as View)} aria-label={t('viewsLabel')} size="small" style={{ flexWrap: "wrap", minWidth: 0, maxWidth: "100%" }}>
          {views.map(([value, name]) => (
            <Tab key={value} value={value}>
              {t(name)}
            </Tab>
          ))}
        </TabList>
        {!session.inTeams && <DevPersonPicker person={person ?? 'amara'} onChange={setPerson} />}
      </header>}
      <main style={{ padding: bare ? '8px 12px 12px' : '0 16px 16px' }}>
        {!session.inTeams && !bare && <Text size={200}>{t('devMode')}</Text>}
        {unbound && (
          <Text block role="status">
            {t('unbound')}
          </Text>
        )}
        <Suspense fallback={<Spinner label={t('loading')} />}>
          {view === 'circles' && !openCircle && <CircleMap key={person} api={api} onReady={session.ready} onOpen={(circle) => setOpenCircle(circle.circleId)} />}
          {view === 'circles' && openCircle && !openProposal && !openSelection && !openMeeting && (
            <CircleView
              key={`${person}-${openCircle}`}
              api={api}
              circleId={openCircle}
              onBack={() => setOpenCircle(null)}
              onOpenProposal={(proposalId, circle) => {
                setOpenedIn(circle);
                setOpenProposal(proposalId);
              }}
              onOpenSelection={(selectionId, circle) => {
                setOpenedIn(circle);
                setOpenSelection(selectionId);
              }}
              onOpenMeeting={(meetingId, circle) => {
                setOpenedIn(circle);
                setOpenMeeting(meetingId);
              }}
            />
          )}
          {/* Kept under a decision opened from its minutes, so going back returns to the meeting. */}
          {view === 'circles' && openCircle && openMeeting && openedIn && !openProposal && !openSelection && (
            <MeetingView
              key={`${person}-${openMeeting}`}
              api={api}
              circle={openedIn}
              meetingId={openMeeting}
              onBack={() => setOpenMeeting(null)}
              onOpenMeeting={setOpenMeeting}
              onOpenDecision={(decision) => {
                setInMeeting(null);
                (decision.kind === 'proposal' ? setOpenProposal : setOpenSelection)(decision.id);
              }}
              onOpenSelection={(selectionId, present) => {
                setInMeeting({ meetingId: openMeeting, present });
                setOpenSelection(selectionId);
              }}
              onOpenProposal={(proposalId, present) => {
                setInMeeting({ meetingId: openMeeting, present });
                setOpenProposal(proposalId);
              }}
              {...(inPanel ? { shareStage: () => session.shareStage(texts), frame: 'sidePanel' as const } : {})}
              {...(onStage ? { frame: 'meetingStage' as const } : {})}
            />
          )}
          {view === 'circles' && openCircle && openProposal && openedIn && (
            <ProposalView
              key={`${person}-${openProposal}`}
              api={api}
              circle={openedIn}
              proposalId={openProposal}
              {...(inMeeting ? { inMeeting } : {})}
              {...(meetingBack ? { backTo: meetingBack } : {})}
              onBack={() => {
                setOpenProposal(null);
                setInMeeting(null);
              }}
            />
          )}
          {view === 'circles' && openCircle && openSelection && openedIn && (
            <SelectionView
              key={`${person}-${openSelection}`}
              api={api}
              circle={openedIn}
              selectionId={openSelection}
              {...(inMeeting ? { inMeeting } : {})}
              {...(meetingBack ? { backTo: meetingBack } : {})}
              onBack={() => {
                setOpenSelection(null);
                setInMeeting(null);
              }}
            />
          )}
          {view === 'me' && person && (
            <Me
              key={person}
              api={api}
              personId={person}
              onReady={session.ready}
              onOpenCircle={(circleId) => {
                setOpenMeeting(null);
                setOpenProposal(null);
                setOpenSelection(null);
                setOpenCircle(circleId);
                setView('circles');
              }}
              onOpenProposal={(circle, proposalId) => {
                setOpenMeeting(null);
                setOpenSelection(null);
                setOpenedIn(circle);
                setOpenCircle(circle.circleId);
                setOpenProposal(proposalId);
                setView('circles');
              }}
              onOpenSelection={(circle, selectionId) => {
                setOpenMeeting(null);
                setOpenProposal(null);
                setOpenedIn(circle);
                setOpenCircle(circle.circleId);
                setOpenSelection(selectionId);
                setView('circles');
              }}
              onOpenMeeting={(circle, meetingId) => {
                setOpenProposal(null);
                setOpenSelection(null);
                setOpenedIn(circle);
                setOpenCircle(circle.circleId);
                setOpenMeeting(meetingId);
                setView('circles');
              }}
            />
          )}
          {/* Kept mounted under a story, so going back finds the search and page as they were. */}
          {view === 'logbook' && (
            <div hidden={openStory !== null}>
              <Logbook key={person} api={api} onOpenStory={({ kind, circleId, id }) => setOpenStory({ kind, circleId, id })} />
            </div>
          )}
          {view === 'logbook' && openStory?.kind === 'decision' && (
            <DecisionStoryView key={`${person}-${openStory.id}`} api={api} circleId={openStory.circleId} proposalId={openStory.id} onBack={() => setOpenStory(null)} />
          )}
          {/* A term chosen by a selection carries the selection's id. */}
          {view === 'logbook' && openStory?.kind === 'role-term' && (
            <SelectionStoryView key={`${person}-${openStory.id}`} api={api} circleId={openStory.circleId} selectionId={openStory.id} onBack={() => setOpenStory(null)} />
          )}
          {view === 'reviews' && <Reviews key={person} api={api} />}
          {view === 'health' && <Health key={person} api={api} />}
        </Suspense>
      </main>
    </FluentProvider>
  );
}
