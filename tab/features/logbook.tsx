import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, LogbookEntry, LogbookPage, LogbookStatus } from '../../shared';
import type { ApiClient } from '../api/client';
import { circleMapOf } from '../api/circles';
import { messageOf } from '../api/client';
import { logbookStatuses } from '../../shared';
import { useWords } from '../texts';
import CircleChanges from './circle-changes';
import { Rows } from './rows';
import { useDays } from './reader-days';
import { stageKey } from './record-words';
import { ViewSkeleton } from './view-skeleton';

const pageSize = 20;

const termStatuses: readonly LogbookStatus[] = ['upcoming', 'current', 'ended'];
// A meeting's minutes are always `held`: no status to filter decisions by.
const decisionStatuses = logbookStatuses.filter((status) => !termStatuses.includes(status) && status !== 'held');

function download(name: string, file: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * The logbook: every decision and role term, searched and filtered, paged, and
 * exported as CSV or JSON; each entry opens its record (a decision's story, a role term's selection, a meeting's minutes).
 */
export default function Logbook({ api, onOpen }: { api: ApiClient; onOpen: (entry: LogbookEntry) => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [circleId, setCircleId] = useState('');
  const [status, setStatus] = useState('');
  const [circles, setCircles] = useState<readonly Pick<Circle, 'circleId' | 'name'>[]>([]);
  // The `next` token of each page read before the one shown: the way back, page by page.
  const [trail, setTrail] = useState<readonly string[]>([]);
  const [result, setResult] = useState<LogbookPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const t = useWords('records');
  const { calendarDay } = useDays();
  // The API's own filter names, so a link to the API and the tab's view filter alike.
  const filters = () => ({
    ...(text.trim() ? { text: text.trim() } : {}),
    ...(kind ? { kind } : {}),
    ...(circleId ? { circleId } : {}),
    ...(status ? { status } : {}),
  });
  const query = (after: string | undefined, size = pageSize) =>
    new URLSearchParams({ pageSize: String(size), ...(after === undefined ? {} : { after }), ...filters() });
  // The page asked for, as text: the read below runs again only when the filters or the page change it.
  const asked = `logbook?${query(trail.at(-1))}`;
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api
        .get<LogbookPage>(asked)
        .then((body) => {
          if (!current) return;
          setResult(body);
          setError(null);
        })
        .catch((caught: unknown) => current && setError(messageOf(caught)));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, asked]);
  useEffect(() => {
    let current = true;
    circleMapOf(api)
      .then((circles) => current && setCircles([...circles].sort((a, b) => a.name.localeCompare(b.name))))
      .catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api]);

  /** Every entry the filters find, all pages, for the export. */
  async function everything(): Promise<LogbookEntry[]> {
    const entries: LogbookEntry[] = [];
    for (let after: string | undefined; ; ) {
      const body: LogbookPage = await api.get<LogbookPage>(`logbook?${query(after, 100)}`);
      entries.push(...body.entries);
      if (body.next === null) return entries;
      after = body.next;
    }
  }
  // The API writes the CSV (the app's one CSV writer: byte-order mark, no live formulas).
  const exportCsv = async () => download('logbook.csv', await api.file(`logbook?${new URLSearchParams({ format: 'csv', ...filters() })}`));
  const exportJson = async () =>
    download('logbook.json', new Blob([JSON.stringify(await everything(), null, 2)], { type: 'application/json' }));
  // A failed export says why where the logbook's own errors show.
  const exporting = (run: () => Promise<void>) => () => void run().catch((caught: unknown) => setError(messageOf(caught)));
  const first = trail.length * pageSize + 1;

  return (
    <section aria-label={t('logbook')} style={{ display: 'grid', gap: 12, maxWidth: 900 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}>
        <Field label={t('logbookSearch')}>
          <Input
            value={text}
            onChange={(_, data) => {
              setText(data.value);
              setTrail([]);
            }}
            placeholder={t('logbookSearchHint')}
          />
        </Field>
        <Field label={t('logbookCircle')}>
          <Select
            value={circleId}
            onChange={(_, data) => {
              setCircleId(data.value);
              setTrail([]);
            }}
          >
            <option value="">{t('logbookAllCircles')}</option>
            {circles.map((circle) => (
              <option key={circle.circleId} value={circle.circleId}>
                {circle.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('logbookKind')}>
          <Select
            value={kind}
            onChange={(_, data) => {
              setKind(data.value);
              setTrail([]);
            }}
          >
            <option value="">{t('logbookAllKinds')}</option>
            <option value="decision">{t('logbookDecisions')}</option>
            <option value="role-term">{t('logbookRoleTerms')}</option>
          </Select>
        </Field>
        <Field label={t('logbookStatus')}>
          <Select
            value={status}
            onChange={(_, data) => {
              setStatus(data.value);
              setTrail([]);
            }}
          >
            <option value="">{t('logbookAnyStatus')}</option>
            <optgroup label={t('logbookDecisions')}>
              {decisionStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(stageKey[value])}
                </option>
              ))}
            </optgroup>
            <optgroup label={t('logbookRoleTerms')}>
              {termStatuses.map((value) => (
                <option key={value} value={value}>
                  {t(stageKey[value])}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Button onClick={exporting(exportCsv)}>{t('logbookExportCsv')}</Button>
        <Button onClick={exporting(exportJson)}>{t('logbookExportJson')}</Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!result && !error && <ViewSkeleton label={t('logbookLoading')} />}
      {result && (
        <>
          <Text>
            {trail.length === 0 && result.next === null
              ? t('logbookCount', { count: result.entries.length })
              : t('logbookRange', { first, last: first + result.entries.length - 1 })}
          </Text>
          <Rows
            label={t('logbookEntries')}
            rows={result.entries}
            keyOf={(e) => `${e.kind}-${e.id}`}
            lead={1}
            columns={[
              { header: t('logbookDate'), cell: (e) => calendarDay(e.date) },
              {
                header: t('logbookWhat'),
                cell: (e) => (
                  <Link as="button" onClick={() => onOpen(e)}>
                    {e.title}
                  </Link>
                ),
              },
              { header: t('logbookStatus'), cell: (e) => t(stageKey[e.status]) },
              { header: t('logbookReviewBy'), cell: (e) => calendarDay(e.reviewDate) },
            ]}
          />
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Button disabled={trail.length === 0} onClick={() => setTrail(trail.slice(0, -1))}>
              {t('logbookPrevious')}
            </Button>
            <Text>{t('logbookPage', { page: trail.length + 1 })}</Text>
            <Button disabled={result.next === null} onClick={() => result.next !== null && setTrail([...trail, result.next])}>
              {t('logbookNext')}
            </Button>
          </div>
        </>
      )}
      {circleId && <CircleChanges key={circleId} api={api} circleId={circleId} />}
    </section>
  );
}
