import { lazy } from 'react';
import type { ApiClient } from './api/client';
import type { Navigation } from './lib/navigation';
import { parentOf, type Route } from './lib/route';
import type { Session } from './teams/host';
import { useTexts } from './texts';
import { WithCircle } from './features/with-circle';
import type { LogbookEntry, Review } from '../shared';

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

/** The record a logbook entry tells of: a decision's story, a role term's selection story, a meeting's minutes. */
export function routeOfEntry(entry: Pick<LogbookEntry, 'kind' | 'circleId' | 'id'>): Route {
  const { circleId, id } = entry;
  if (entry.kind === 'decision') return { view: 'decision-story', circleId, id };
  // A term chosen by a selection carries the selection's id.
  if (entry.kind === 'role-term') return { view: 'selection-story', circleId, id };
  return { view: 'meeting', circleId, id };
}

/** What a review opens: a decision's story; for a role term's end, the circle whose roles and terms it lists. */
export function routeOfReview(review: Pick<Review, 'kind' | 'circleId' | 'subjectId'>): Route {
  return review.kind === 'decision'
    ? { view: 'decision-story', circleId: review.circleId, id: review.subjectId }
    : { view: 'circle', circleId: review.circleId };
}

export interface ViewsProps {
  readonly api: ApiClient;
  readonly session: Session;
  /** The person the views load as; a new one loads every view again. */
  readonly person: string | null;
  readonly nav: Navigation;
}

/** The view at the tab's address, each with links that open the others as addresses too. */
export function Views({ api, session, person, nav }: ViewsProps) {
  const texts = useTexts();
  const { route, arrival, go } = nav;
  const inPanel = session.place.kind === 'meeting' && session.place.frame === 'sidePanel';
  const onStage = session.place.kind === 'meeting' && session.place.frame === 'meetingStage';
  const up = () => nav.up(parentOf(route));
  const circle = 'circleId' in route ? route.circleId : null;
  const circleView = (circleId: string) => (
    <CircleView
      key={`${person}-${circleId}`}
      api={api}
      circleId={circleId}
      onBack={() => nav.up({ view: 'circles' })}
      onOpenProposal={(id) => go({ view: 'proposal', circleId, id })}
      onOpenSelection={(id) => go({ view: 'selection', circleId, id })}
      onOpenMeeting={(id) => go({ view: 'meeting', circleId, id })}
    />
  );
  // A record whose circle is no longer there shows what the circle's own page says.
  const failed = circle && circleView(circle);
  // Kept mounted under a record opened from it, so going back finds the search and page as they were.
  const underLogbook = route.view !== 'logbook' && arrival.from?.view === 'logbook';
  const logbook = (route.view === 'logbook' || underLogbook) && (
    <div hidden={underLogbook}>
      <Logbook key={person} api={api} onOpen={(entry) => go(routeOfEntry(entry))} />
    </div>
  );
  const record = () => {
    switch (route.view) {
      case 'me':
        return (
          person && (
            <Me
              key={person}
              api={api}
              personId={person}
              onReady={session.ready}
              onOpenCircle={(circleId) => go({ view: 'circle', circleId })}
              onOpenProposal={(c, id) => go({ view: 'proposal', circleId: c.circleId, id })}
              onOpenSelection={(c, id) => go({ view: 'selection', circleId: c.circleId, id })}
              onOpenMeeting={(c, id) => go({ view: 'meeting', circleId: c.circleId, id })}
            />
          )
        );
      case 'circles':
        return <CircleMap key={person} api={api} onReady={session.ready} onOpen={(c) => go({ view: 'circle', circleId: c.circleId })} />;
      case 'circle':
        return circleView(route.circleId);
      case 'meeting': {
        const { circleId, id: meetingId } = route;
        return (
          <WithCircle api={api} circleId={circleId} failed={failed}>
            {(members) => (
              <MeetingView
                key={`${person}-${meetingId}`}
                api={api}
                circle={members}
                meetingId={meetingId}
                onBack={up}
                onOpenMeeting={(id) => go({ view: 'meeting', circleId, id })}
                onOpenDecision={(decision) => go({ view: decision.kind, circleId, id: decision.id })}
                onOpenSelection={(id, present) => go({ view: 'selection', circleId, id }, { inMeeting: { meetingId, present } })}
                onOpenProposal={(id, present) => go({ view: 'proposal', circleId, id }, { inMeeting: { meetingId, present } })}
                {...(inPanel ? { shareStage: () => session.shareStage(texts), frame: 'sidePanel' as const } : {})}
                {...(onStage ? { frame: 'meetingStage' as const } : {})}
              />
            )}
          </WithCircle>
        );
      }
      case 'proposal':
      case 'selection': {
        const { view, circleId, id } = route;
        // Opened from a meeting, its way back leads to that meeting.
        const meeting = arrival.from?.view === 'meeting' && arrival.from.circleId === circleId ? arrival.from : null;
        const back = () => nav.up(meeting ?? parentOf(route));
        const inMeeting = arrival.inMeeting ? { inMeeting: arrival.inMeeting } : {};
        const shared = { api, onBack: back, ...inMeeting };
        const backTo = (members: { name: string }) => (meeting ? { backTo: texts.of('app')('meetingBack', { circle: members.name }) } : {});
        return (
          <WithCircle api={api} circleId={circleId} failed={failed}>
            {(members) =>
              view === 'proposal' ? (
                <ProposalView key={`${person}-${id}`} circle={members} proposalId={id} {...shared} {...backTo(members)} />
              ) : (
                <SelectionView key={`${person}-${id}`} circle={members} selectionId={id} {...shared} {...backTo(members)} />
              )
            }
          </WithCircle>
        );
      }
      case 'decision-story':
        return (
          <DecisionStoryView
            key={`${person}-${route.id}`}
            api={api}
            circleId={route.circleId}
            proposalId={route.id}
            onBack={() => nav.up(parentOf(route))}
          />
        );
      case 'selection-story':
        return (
          <SelectionStoryView
            key={`${person}-${route.id}`}
            api={api}
            circleId={route.circleId}
            selectionId={route.id}
            onBack={() => nav.up(parentOf(route))}
          />
        );
      case 'reviews':
        return <Reviews key={person} api={api} onOpen={(review) => go(routeOfReview(review))} />;
      case 'health':
        return <Health key={person} api={api} />;
      case 'logbook':
        return null;
    }
  };
  return (
    <>
      {logbook}
      {record()}
    </>
  );
}
