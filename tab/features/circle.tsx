import {
  Badge,
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Subtitle2,
  Text,
  Textarea,
  Title3,
} from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { ChangeWarning, Circle, ListedProposal as CoreListedProposal, Proposal, Selection } from '../../shared';
import type { ApiClient } from '../api/client';
import { circlePageOf, roleNameIn, type CircleSteps, type ListedCircle } from '../api/circles';
import type { KeyOf } from '../../texts/catalogues/en';
import { useTexts, useWords } from '../texts';
import { PolicySummary } from './policy-summary';
import { roleNameFor } from './role-name';
import { KeepRecords } from './records';
import { messageOf } from '../api/client';
import { RoleSelect } from './role-select';
import { SetupChecklist } from './setup-checklist';
import { OnDemand } from './on-demand';
import { useRefusal } from './refusal';
import { useStepToast } from './toasts';
import { ViewSkeleton } from './view-skeleton';
import { CircleMeetings } from './circle-meetings';
import { CircleSteps as StructureSteps } from './circle-steps';

/** A proposal as the API lists it: the guide to its stage already in the reader's words. */
type ListedProposal = Omit<CoreListedProposal, 'guide'> & { readonly guide: string };
import { Person } from './person';
import { Rows } from './rows';

/** A page of one of the circle's lists; `next` asks for the page after it. */
type Page<K extends string, T> = { readonly [key in K]: T[] } & { readonly next: string | null };

/** The form to draft a proposal in this circle; the author then presents it. */
function StartProposal({
  api,
  circle,
  onStarted,
  onCancel,
}: {
  api: ApiClient;
  circle: Circle;
  onStarted: (proposalId: string) => void;
  onCancel: () => void;
}) {
  const t = useWords('circles');
  const toast = useStepToast();
  const inSixMonths = new Date(Date.now() + 182 * 86_400_000).toISOString().slice(0, 10);
  const [title, setTitle] = useState('');
  const [text, setText] = useState('');
  const [driver, setDriver] = useState('');
  const [reviewDate, setReviewDate] = useState(inSixMonths);
  const { attempt, filled, on, bar } = useRefusal(['title', 'text', 'driver', 'reviewDate']);
  async function start() {
    if (!filled({ title, text, reviewDate })) return;
    const proposalId = `p-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const path = `circles/${encodeURIComponent(circle.circleId)}/proposals/${proposalId}/steps`;
    if (await attempt(() => api.post(path, { type: 'draft-proposal', title, text, driver, reviewDate }))) {
      toast(t('toastProposalDrafted', { title }));
      onStarted(proposalId);
    }
  }
  return (
    <section aria-label={t('startProposal')} style={{ display: 'grid', gap: 8 }}>
      <Subtitle2 as="h3">{t('startProposal')}</Subtitle2>
      {bar}
      <Field label={t('startProposalTitle')} required {...on('title')}>
        <Input value={title} onChange={(_, d) => setTitle(d.value)} />
      </Field>
      <Field label={t('startProposalText')} required {...on('text')}>
        <Textarea value={text} onChange={(_, d) => setText(d.value)} resize="vertical" />
      </Field>
      <Field label={t('startProposalDriver')} {...on('driver')}>
        <Textarea value={driver} onChange={(_, d) => setDriver(d.value)} resize="vertical" />
      </Field>
      <Field label={t('startProposalReviewBy')} required {...on('reviewDate')}>
        <Input type="date" value={reviewDate} onChange={(_, d) => setReviewDate(d.value)} />
      </Field>
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={() => void start()}>
          {t('startProposalDraft')}
        </Button>
        <Button onClick={onCancel}>{t('formCancel')}</Button>
      </div>
    </section>
  );
}

/** Start selecting a role's next holder by consent, for a role the person may start it for: nominations open at once. */
function StartSelection({
  api,
  circle,
  roleIds,
  onStarted,
  onCancel,
}: {
  api: ApiClient;
  circle: ListedCircle;
  roleIds: readonly string[];
  onStarted: (selectionId: string) => void;
  onCancel: () => void;
}) {
  const t = useWords('circles');
  const toast = useStepToast();
  // No role is chosen for the person: they pick the one the circle needs.
  const [roleId, setRoleId] = useState('');
  const { attempt, filled, on, bar } = useRefusal(['roleId']);
  async function start() {
    if (!filled({ roleId })) return;
    const selectionId = `s-${Date.now().toString(36)}-${Math.random().toString(36).slice(2, 8)}`;
    const path = `circles/${encodeURIComponent(circle.circleId)}/selections/${selectionId}/steps`;
    if (await attempt(() => api.post(path, { type: 'start-selection', roleId }))) {
      toast(t('toastSelectionStarted', { role: roleNameIn(circle, roleId) }));
      onStarted(selectionId);
    }
  }
  return (
    <section aria-label={t('startSelection')} style={{ display: 'grid', gap: 8 }}>
      {bar}
      <RoleSelect
        label={t('startSelectionRole')}
        circle={circle}
        roleIds={roleIds}
        roleId={roleId}
        onChange={setRoleId}
        field={on('roleId')}
      />
      <div style={{ display: 'flex', gap: 8, flexWrap: 'wrap' }}>
        <Button appearance="primary" onClick={() => void start()}>
          {t('startSelectionButton')}
        </Button>
        <Button onClick={onCancel}>{t('formCancel')}</Button>
      </div>
    </section>
  );
}

/** Proposals by stage, those that need the circle now first. */
const stageOrder: readonly Proposal['status'][] = [
  'consent-round',
  'integration',
  'reactions',
  'clarifying',
  'presented',
  'draft',
  'adopted',
  'withdrawn',
];
const stageNames: Record<Proposal['status'], KeyOf<'circles'>> = {
  'consent-round': 'stageConsentRound',
  integration: 'stageIntegration',
  reactions: 'stageReactions',
  clarifying: 'stageClarifying',
  presented: 'stagePresented',
  draft: 'stageDraft',
  adopted: 'stageAdopted',
  withdrawn: 'stageWithdrawn',
};

/** A status as an ICU select's selector, which takes no hyphen: `consent-round` → `consentRound`. */
const selector = (status: string) => status.replace(/-(\w)/g, (_, letter: string) => letter.toUpperCase());

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
  const texts = useTexts();
  const t = texts.of('circles');
  const [circle, setCircle] = useState<ListedCircle | null>(null);
  const [may, setMay] = useState<CircleSteps | null>(null);
  const [proposals, setProposals] = useState<readonly ListedProposal[] | null>(null);
  const [moreProposals, setMoreProposals] = useState<string | null>(null);
  const [selections, setSelections] = useState<readonly Selection[]>([]);
  const [moreSelections, setMoreSelections] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [version, setVersion] = useState(0);
  // Kept here: the record forms start afresh after each change, the warnings of the last one stay beside them.
  const [warnings, setWarnings] = useState<readonly ChangeWarning[]>([]);
  // biome-ignore lint/correctness/useExhaustiveDependencies: `version` counts the changes made here; each reads the circle again
  useEffect(() => {
    let current = true;
    const at = `circles/${encodeURIComponent(circleId)}`;
    const lists = [
      api.get<Page<'proposals', ListedProposal>>(`${at}/proposals`),
      api.get<Page<'selections', Selection>>(`${at}/selections`),
    ] as const;
    Promise.all([circlePageOf(api, circleId), ...lists])
      .then(([whole, listed, selected]) => {
        if (!current) return;
        setCircle(whole.circle);
        setMay(whole.steps);
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
  if (!circle || !may) {
    return error ? (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    ) : (
      <ViewSkeleton label={t('loadingCircle')} cards={3} />
    );
  }
  const name = (personId: string) => circle.members.find((m) => m.personId === personId)?.displayName ?? personId;
  const roleName = (roleId: string) => roleNameFor(texts, circle, roleId);
  return (
    // One column no wider than the page: a wide form below (a long term in a select) overflows alone, not every section.
    <article aria-label={circle.name} style={{ display: 'grid', gridTemplateColumns: 'minmax(0, 1fr)', gap: 12, maxWidth: 760 }}>
      <div>
        <Button appearance="subtle" onClick={onBack}>
          {t('circleBack')}
        </Button>
      </div>
      <Title3 as="h2">{circle.name}</Title3>
      <SetupChecklist api={api} circle={circle} version={version} onChanged={() => setVersion(version + 1)} />
      <Text>
        <strong>{t('circleAim')}</strong> {circle.aim || t('circleNotWritten')}
      </Text>
      <Text>
        <strong>{t('circleDomain')}</strong> {circle.domain || t('circleNotWritten')}
      </Text>

      <Subtitle2 as="h3">{t('members')}</Subtitle2>
      <ul aria-label={t('members')} style={{ margin: 0, paddingInlineStart: 0, listStyleType: 'none', display: 'grid', gap: 4 }}>
        {circle.members.map((m) => (
          <li key={m.personId}>
            <Person name={m.displayName} /> {m.guest && <Badge appearance="outline">{t('guest')}</Badge>}
          </li>
        ))}
      </ul>

      <Subtitle2 as="h3">{t('circleRoles')}</Subtitle2>
      <Rows
        label={t('circleRoles')}
        rows={circle.assignments}
        keyOf={(a) => a.assignmentId}
        columns={[
          { header: t('circleRole'), cell: (a) => roleName(a.roleId) },
          { header: t('circleHeldBy'), cell: (a) => <Person name={name(a.personId)} /> },
          // A term's days are calendar dates, not instants: written as they are, in no time zone.
          { header: t('circleTerm'), cell: (a) => t('termSpan', { start: texts.day(a.termStart), end: texts.day(a.termEnd) }) },
        ]}
      />

      <Subtitle2 as="h3">{t('policyHeading')}</Subtitle2>
      <PolicySummary policy={circle.policy} />

      <CircleMeetings api={api} circleId={circle.circleId} onOpen={(meetingId) => onOpenMeeting(meetingId, circle)} />

      <Subtitle2 as="h3">{t('proposalsHeading')}</Subtitle2>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!proposals && !error && <ViewSkeleton label={t('proposalsLoading')} />}
      {proposals && proposals.length === 0 && <Text>{t('proposalsNone')}</Text>}
      {stageOrder.map((stage) => {
        const inStage = (proposals ?? []).filter((p) => p.status === stage);
        return inStage.length === 0 ? null : (
          <section
            key={stage}
            aria-label={t('proposalsInStage', { stage: t('stageSpoken', { stage: selector(stage) }) })}
            style={{ display: 'grid', gap: 8 }}
          >
            <Text weight="semibold">{t('proposalsStageCount', { stage: t(stageNames[stage]), count: inStage.length })}</Text>
            {inStage.map((p) => (
              <Card key={p.proposalId} aria-label={p.title}>
                <Text weight="semibold">{p.title}</Text>
                <Text size={200}>{p.guide}</Text>
                <div>
                  <Button size="small" onClick={() => onOpenProposal(p.proposalId, circle)} aria-label={t('openNamed', { name: p.title })}>
                    {t('open')}
                  </Button>
                </div>
              </Card>
            ))}
          </section>
        );
      })}
      {moreProposals && (
        <div>
          <Button onClick={() => void showMoreProposals(moreProposals)}>{t('proposalsMore')}</Button>
        </div>
      )}
      {may.draftProposal && (
        <OnDemand label={t('startProposal')}>
          {(close) => (
            <StartProposal api={api} circle={circle} onStarted={(proposalId) => onOpenProposal(proposalId, circle)} onCancel={close} />
          )}
        </OnDemand>
      )}

      <Subtitle2 as="h3">{t('selectionsHeading')}</Subtitle2>
      {selections.length === 0 && <Text>{t('selectionsNone')}</Text>}
      {selections.map((sel) => (
        <Card key={sel.selectionId} aria-label={t('selectionOf', { role: sel.roleId, name: roleNameIn(circle, sel.roleId) })}>
          <Text weight="semibold">{t('selectionSelect', { role: roleName(sel.roleId) })}</Text>
          <div>
            <Badge appearance="tint">{t('selectionStatus', { status: selector(sel.status) })}</Badge>
          </div>
          <div>
            <Button
              size="small"
              onClick={() => onOpenSelection(sel.selectionId, circle)}
              aria-label={t('selectionOpen', { role: sel.roleId, name: roleNameIn(circle, sel.roleId) })}
            >
              {t('open')}
            </Button>
          </div>
        </Card>
      ))}
      {moreSelections && (
        <div>
          <Button onClick={() => void showMoreSelections(moreSelections)}>{t('selectionsMore')}</Button>
        </div>
      )}
      {may.selectRoles.length > 0 && (
        <OnDemand label={t('startSelection')}>
          {(close) => (
            <StartSelection
              api={api}
              circle={circle}
              roleIds={may.selectRoles}
              onStarted={(selectionId) => onOpenSelection(selectionId, circle)}
              onCancel={close}
            />
          )}
        </OnDemand>
      )}
      {(may.keepRecords || may.recordTerms.length > 0) && (
        <KeepRecords
          key={version}
          api={api}
          circle={circle}
          may={may}
          warnings={warnings}
          onChanged={(changed) => {
            setWarnings(changed);
            setVersion(version + 1);
          }}
        />
      )}
      <StructureSteps key={`steps-${version}`} api={api} circle={circle} steps={may.change} onChanged={() => setVersion(version + 1)} />
    </article>
  );
}
