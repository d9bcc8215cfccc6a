import { Button, Field, Input, Link, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { Circle, LogbookEntry, LogbookPage, LogbookStatus } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';

const pageSize = 20;

/** Each status in words, grouped as the API knows them; the type keeps the table complete. */
const statusWords: Record<LogbookStatus, string> = {
  draft: 'Draft', presented: 'Presented', clarifying: 'Clarifying questions', reactions: 'Quick reactions',
  'consent-round': 'Consent round', integration: 'Integration', adopted: 'Adopted', withdrawn: 'Withdrawn',
  upcoming: 'Upcoming', current: 'Current', ended: 'Ended',
};
const termStatuses: readonly LogbookStatus[] = ['upcoming', 'current', 'ended'];
const decisionStatuses = (Object.keys(statusWords) as LogbookStatus[]).filter((status) => !termStatuses.includes(status));

function download(name: string, file: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/**
 * The logbook: every decision and role term, searched and filtered, paged, and
 * exported as CSV or JSON; a decision opens its story.
 */
export default function Logbook({ api, onOpenDecision }: { api: ApiClient; onOpenDecision: (circleId: string, proposalId: string) => void }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [circleId, setCircleId] = useState('');
  const [status, setStatus] = useState('');
  const [circles, setCircles] = useState<readonly Pick<Circle, 'circleId' | 'name'>[]>([]);
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<LogbookPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  // The API's own filter names, so a link to the API and the tab's view filter alike.
  const filters = () => ({ ...(text.trim() ? { text: text.trim() } : {}), ...(kind ? { kind } : {}), ...(circleId ? { circleId } : {}), ...(status ? { status } : {}) });
  const query = (p: number, size = pageSize) => new URLSearchParams({ page: String(p), pageSize: String(size), ...filters() });
  useEffect(() => {
    let current = true;
    const timer = setTimeout(() => {
      api
        .get<LogbookPage>(`logbook?${query(page)}`)
        .then((body) => current && (setResult(body), setError(null)))
        .catch((caught: unknown) => current && setError(messageOf(caught)));
    }, 250);
    return () => {
      current = false;
      clearTimeout(timer);
    };
  }, [api, text, kind, circleId, status, page]);
  useEffect(() => {
    let current = true;
    api
      .get<{ circles: Circle[] }>('circles')
      .then((body) => current && setCircles([...body.circles].sort((a, b) => a.name.localeCompare(b.name))))
      .catch((caught: unknown) => current && setError(messageOf(caught)));
    return () => {
      current = false;
    };
  }, [api]);

  /** Every entry the filters find, all pages, for the export. */
  async function everything(): Promise<LogbookEntry[]> {
    const entries: LogbookEntry[] = [];
    for (let p = 1; ; p += 1) {
      const body = await api.get<LogbookPage>(`logbook?${query(p, 100)}`);
      entries.push(...body.entries);
      if (entries.length >= body.total || body.entries.length === 0) return entries;
    }
  }
  // The API writes the CSV (the app's one CSV writer: byte-order mark, no live formulas).
  const exportCsv = async () => download('logbook.csv', await api.file(`logbook?${new URLSearchParams({ format: 'csv', ...filters() })}`));
  const exportJson = async () => download('logbook.json', new Blob([JSON.stringify(await everything(), null, 2)], { type: 'application/json' }));
  // A failed export says why where the logbook's own errors show.
  const exporting = (run: () => Promise<void>) => () => void run().catch((caught: unknown) => setError(messageOf(caught)));
  const pages = result ? Math.max(1, Math.ceil(result.total / pageSize)) : 1;

  return (
    <section aria-label="Logbook" style={{ display: 'grid', gap: 12, maxWidth: 900 }}>
      <div style={{ display: 'flex', flexWrap: 'wrap', gap: 12, alignItems: 'end' }}>
        <Field label="Search">
          <Input value={text} onChange={(_, data) => (setText(data.value), setPage(1))} placeholder="Words from the title, text, driver or outcome" />
        </Field>
        <Field label="Circle">
          <Select value={circleId} onChange={(_, data) => (setCircleId(data.value), setPage(1))}>
            <option value="">All circles</option>
            {circles.map((circle) => (
              <option key={circle.circleId} value={circle.circleId}>
                {circle.name}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Kind">
          <Select value={kind} onChange={(_, data) => (setKind(data.value), setPage(1))}>
            <option value="">Decisions and role terms</option>
            <option value="decision">Decisions</option>
            <option value="role-term">Role terms</option>
          </Select>
        </Field>
        <Field label="Status">
          <Select value={status} onChange={(_, data) => (setStatus(data.value), setPage(1))}>
            <option value="">Any status</option>
            <optgroup label="Decisions">
              {decisionStatuses.map((value) => (
                <option key={value} value={value}>
                  {statusWords[value]}
                </option>
              ))}
            </optgroup>
            <optgroup label="Role terms">
              {termStatuses.map((value) => (
                <option key={value} value={value}>
                  {statusWords[value]}
                </option>
              ))}
            </optgroup>
          </Select>
        </Field>
        <Button onClick={exporting(exportCsv)}>Export CSV</Button>
        <Button onClick={exporting(exportJson)}>Export JSON</Button>
      </div>
      {error && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{error}</MessageBarBody>
        </MessageBar>
      )}
      {!result && !error && <Spinner label="Loading the logbook…" />}
      {result && (
        <>
          <Text>{result.total === 1 ? '1 entry' : `${result.total} entries`}</Text>
          <Table aria-label="Logbook entries" size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Date</TableHeaderCell>
                <TableHeaderCell>What</TableHeaderCell>
                <TableHeaderCell>Status</TableHeaderCell>
                <TableHeaderCell>Review by</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {result.entries.map((e) => (
                <TableRow key={`${e.kind}-${e.id}`}>
                  <TableCell>{e.date}</TableCell>
                  <TableCell>
                    {e.kind === 'decision' ? (
                      <Link as="button" onClick={() => onOpenDecision(e.circleId, e.id)}>
                        {e.title}
                      </Link>
                    ) : (
                      e.title
                    )}
                  </TableCell>
                  <TableCell>{statusWords[e.status]}</TableCell>
                  <TableCell>{e.reviewDate}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
          <div style={{ display: 'flex', gap: 8, alignItems: 'center' }}>
            <Button disabled={page <= 1} onClick={() => setPage(page - 1)}>
              Previous
            </Button>
            <Text>
              Page {page} of {pages}
            </Text>
            <Button disabled={page >= pages} onClick={() => setPage(page + 1)}>
              Next
            </Button>
          </div>
        </>
      )}
    </section>
  );
}
