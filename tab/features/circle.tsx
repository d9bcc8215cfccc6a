import { Badge, Button, Card, Field, Input, MessageBar, MessageBarBody, Spinner, Subtitle2, Textarea, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text, Title3 } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ChangeWarning, Circle, ListedProposal, Proposal, Selection } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleOf, roleNameIn, type ListedCircle } from '../api/circles';
import { KeepRecords } from './records';
import { messageOf } from '../api/client';
import { RoleSelect } from './role-select';
import { SetupChecklist } from './setup-checklist';
import { CircleMeetings } from './circle-meetings';

/** A page of one of the circle's lists; `next` asks for the page after it. */
type Page<K extends string, T> = { readonly [key in K]: T[] } & { readonly next: string | null };

/** The form to draft a proposal in this circle; the author then presents it. */
function StartProposal({ api, circle, onStarted }: { api: ApiClient; circle: Circle; onStarted: (proposalId: string) => void }) {
  const inSixMonths = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [driver, setDriver] = useState('');
  const [reviewDate, setReviewDate] = useState(inSixMonths);
  const [error, setError] = useState<string | null>(null);
  async function start() {
    const proposalId = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      await api.post(`circles/${encodeURIComponent(circle.circleId)}/proposals/${proposalId}/steps`, { type: 'draft-proposal', title, text, driver, reviewDate });
      onStarted(proposalId);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }
  return (
    <section aria-label="Start a proposal" style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">Start a proposal</Subtitle2>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <Field label="Title" required>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label="The proposal" required>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label="Why is it needed? (the driver)">
        <Textarea value={driver} onChange={(_, d) => setDriver(d.value)} resize="vertical" />
      </Field>
      <Field label="Review by" required>
        <Input type="date" value={reviewDate} onChange={(_, d) => setReviewDate(d.value)} />
      </Field>
      <div>
        <Button appearance="primary" onClick={() => void start()}>
          Draft the proposal
        </Button>
      </div>
    </section>
  );
}

/** Start selecting a role's next holder by consent: nominations open at once. */
function StartSelection({ api, circle, onStarted }: { api: ApiClient; circle: ListedCircle; onStarted: (selectionId: string) => void }) {
  const [roleId, setRoleId] = useState(circle.roles[0]?.roleId ?? '');
  const [error, setError] = useState<string | null>(null);
  async function start() {
    const selectionId = `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    try {
      await api.post(`circles/${encodeURIComponent(circle.circleId)}/selections/${selectionId}/steps`, { type: 'start-selection', roleId });
      onStarted(selectionId);
    } catch (caught) {
      setError(messageOf(caught));
    }
  }
  return (
    <section aria-label="Start a role selection" style={{ display: 'flex', gap: 8, alignItems: 'end', flexWrap: 'wrap' }}>
      {error && (
        <MessageBar intent="error" layout="multiline" role="alert">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      <RoleSelect label="Start a role selection" circle={circle} roleId={roleId} onChange={setRoleId} />
      <Button onClick={() => void start()}>Start</Button>
    </section>
  );
}

/** Proposals by stage, those that need the circle now first. */
const stageOrder: readonly Proposal['status'][] = ['consent-round', 'integration', 'reactions', 'clarifying', 'presented', 'draft', 'adopted', 'withdrawn'];
const stageNames: Record<Proposal['status'], string> = {
  'consent-round': 'In the consent round',
  integration: 'Integrating objections',
  reactions: 'Quick reactions',
  clarifying: 'Clarifying questions',
  presented: 'Presented',
  draft: 'Drafts',
  adopted: 'Adopted',
  withdrawn: 'Withdrawn',
};


/** A circle: its aim and domain, members, roles with their terms, policy, its meetings, and its proposals with the guide to each stage. */
export default function CircleView({
  api,
  circleId,
  onBack,
  onOpenProposal,
  onOpenSelection,
  onOpenMeeting,
}: {
  api: ApiClient;
  circleId: string;
  onBack: () => void;
  onOpenProposal: (proposalId: string, circle: Circle) => void;
  onOpenSelection: (selectionId: string, circle: Circle) => void;
  onOpenMeeting: (meetingId: string, circle: Circle) => void;
}) {
  const [circle, setCircle] = useState<ListedCircle | null>(null);
  const [proposals, setProposals] = useState<readonly ListedProposal[] | null>(null);
  const [moreProposals, setMoreProposals] = useState<string | null>(null);
  const [selections, setSelections] = useState<readonly Selection[]>([]);
  const [moreSelections, setMoreSelections] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // Kept here: the record forms start afresh after each change, the warnings of the last one stay beside them.
  const [warnings, setWarnings] = useState<readonly ChangeWarning[]>([]);
  useEffect(() => {
    let current = true;
    const at = `circles/${encodeURIComponent(circleId)}`;
    Promise.all([circleOf(api, circleId), api.get<Page<'proposals', ListedProposal>>(`${at}/proposals`), api.get<Page<'selections', Selection>>(`${at}/selections`)])
      .then(([whole, listed, selected]) => {
        if (!current) return;
        setCircle(whole);
        setProposals(listed.proposals);
        setMoreProposals(listed.next);
        setSelections(selected.selections);
        setMoreSelections(selected.next);
      })
      .catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api, circleId, version]);
  // Each list comes a page at a time, undecided proposals and the newest first; more on request.
  const lists = `circles/${encodeURIComponent(circleId)}`;
  const showMoreProposals = (after: string) =>
    api
      .get<Page<'proposals', ListedProposal>>(`${lists}/proposals?after=${encodeURIComponent(after)}`)
      .then((page) => {
        setProposals([...(proposals ?? []), ...page.proposals]);
        setMoreProposals(page.next);
      })
      .catch((caught: unknown) => setError(messageOf(caught)));
  const showMoreSelections = (after: string) =>
    api
      .get<Page<'selections', Selection>>(`${lists}/selections?after=${encodeURIComponent(after)}`)
      .then((page) => {
        setSelections([...selections, ...page.selections]);
        setMoreSelections(page.next);
      })
      .catch((caught: unknown) => setError(messageOf(caught)));
  if (!circle) {
    return error ? (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    ) : (
      <Spinner label="Loading the circle…" />
    );
  }
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  const roleName = (roleId: string) => roleNameIn(circle, roleId);
  const policy = circle.policy;
  return (
    // One column no wider than the page: a wide form below (a long term in a select) overflows alone, not every section.
    <article aria-label={circle.name} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, maxWidth: 760 }}>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          ← All circles
        </Button>
      </div>
      <Title3 as="h2">{circle.name}</Title3>
      <SetupChecklist api={api} circle={circle} version={version} onChanged={() => setVersion(version + 1)} />
      <Text>
        <strong>Aim:</strong> {circle.aim || 'not written yet'}
      </Text>
      <Text>
        <strong>Domain:</strong> {circle.domain || 'not written yet'}
      </Text>

      <Subtitle2 as="h3">Members</Subtitle2>
      <ul aria-label="Members" style={{ margin: 0 }}>
        {circle.members.map((m) => (
          <li key={m.personId}>
            <Text>{m.displayName}</Text> {m.guest && <Badge appearance="outline">guest</Badge>}
          </li>
        ))}
      </ul>

      <Subtitle2 as="h3">Roles and terms</Subtitle2>
      <Table aria-label="Roles and terms" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Role</TableHeaderCell>
            <TableHeaderCell>Held by</TableHeaderCell>
            <TableHeaderCell>Term (its end is the review)</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {circle.assignments.map((a) => (
            <TableRow key={a.assignmentId}>
              <TableCell>{roleName(a.roleId)}</TableCell>
              <TableCell>{name(a.personId)}</TableCell>
              <TableCell>
                {a.termStart} to {a.termEnd}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>

      <Subtitle2 as="h3">How the circle decides</Subtitle2>
      <Text>
        Rounds are {policy.closing.defaultMode === 'sync' ? 'held in meetings' : `asynchronous, at least ${policy.closing.deadlineDays} days`};{' '}
        {policy.closing.silence === 'silence-is-consent' ? 'silence at the deadline counts as consent' : 'everyone must answer'}; standing aside is{' '}
        {policy.standAsideAllowed ? 'allowed' : 'not allowed'}; terms run {policy.defaultTermMonths} months. Reminders come{' '}
        {[...policy.reminderOffsetsDays].sort((a, b) => b - a).map((days) => (days === 0 ? 'on the day' : `${days} days before`)).join(' and ')} a review.{' '}
        {policy.meetingRhythm
          ? `The circle meets ${policy.meetingRhythm.frequency === 'fortnightly' ? 'every fortnight' : policy.meetingRhythm.frequency}, from ${policy.meetingRhythm.firstMeeting.replace('T', ' at ')} (${policy.meetingRhythm.timeZone}).`
          : 'The circle has no regular meeting set.'}{' '}
        {policy.calendarSync ? 'Reviews and meetings go into the members’ Outlook calendars.' : 'Reviews and meetings stay out of Outlook; the calendar feeds still carry them.'}
      </Text>

      <CircleMeetings api={api} circleId={circle.circleId} onOpen={(meetingId) => onOpenMeeting(meetingId, circle)} />

      <Subtitle2 as="h3">Proposals</Subtitle2>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!proposals && !error && <Spinner label="Loading proposals…" />}
      {proposals && proposals.length === 0 && <Text>No proposals you may read in this circle yet.</Text>}
      {stageOrder.map((stage) => {
        const inStage = (proposals ?? []).filter((p) => p.status === stage);
        return inStage.length === 0 ? null : (
          <section key={stage} aria-label={`Proposals: ${stage.replace('-', ' ')}`} style={{ display: 'grid', gap: 8 }}>
            <Text weight="semibold">
              {stageNames[stage]} ({inStage.length})
            </Text>
            {inStage.map((p) => (
              <Card key={p.proposalId} aria-label={p.title}>
                <Text weight="semibold">{p.title}</Text>
                <Text size={200}>{p.guide}</Text>
                <div>
                  <Button size="small" onClick={() => onOpenProposal(p.proposalId, circle)} aria-label={`Open ${p.title}`}>
                    Open
                  </Button>
                </div>
              </Card>
            ))}
          </section>
        );
      })}
      {moreProposals && (
        <div>
          <Button onClick={() => void showMoreProposals(moreProposals)}>Show more proposals</Button>
        </div>
      )}
      <StartProposal api={api} circle={circle} onStarted={(proposalId) => onOpenProposal(proposalId, circle)} />

      <Subtitle2 as="h3">Role selections</Subtitle2>
      {selections.length === 0 && <Text>No role selection you may read here.</Text>}
      {selections.map((sel) => (
        <Card key={sel.selectionId} aria-label={`Selection of the ${sel.roleId}`}>
          <Text weight="semibold">Select: {roleName(sel.roleId)}</Text>
          <div>
            <Badge appearance="tint">{sel.status.replace('-', ' ')}</Badge>
          </div>
          <div>
            <Button size="small" onClick={() => onOpenSelection(sel.selectionId, circle)} aria-label={`Open the selection of the ${sel.roleId}`}>
              Open
            </Button>
          </div>
        </Card>
      ))}
      {moreSelections && (
        <div>
          <Button onClick={() => void showMoreSelections(moreSelections)}>Show earlier role selections</Button>
        </div>
      )}
      <StartSelection api={api} circle={circle} onStarted={(selectionId) => onOpenSelection(selectionId, circle)} />
      <KeepRecords
        key={version}
        api={api}
        circle={circle}
        warnings={warnings}
        onChanged={(changed) => {
          setWarnings(changed);
          setVersion(version + 1);
        }}
      />
    </article>
  );
}
