import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import { useEffect, useState } from 'react';
import type { LogbookEntry, LogbookPage } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';

const pageSize = 20;

function download(name: string, file: Blob): void {
  const link = document.createElement('a');
  link.href = URL.createObjectURL(file);
  link.download = name;
  link.click();
  URL.revokeObjectURL(link.href);
}

/** The logbook: every decision and role term, searched and filtered, paged, and exported as CSV or JSON. */
export default function Logbook({ api }: { api: ApiClient }) {
  const [text, setText] = useState('');
  const [kind, setKind] = useState('');
  const [page, setPage] = useState(1);
  const [result, setResult] = useState<LogbookPage | null>(null);
  const [error, setError] = useState<string | null>(null);
  const filters = () => ({ ...(text.trim() ? { text: text.trim() } : {}), ...(kind ? { kind } : {}) });
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
  }, [api, text, kind, page]);

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
          <Input value={text} onChange={(_, data) => (setText(data.value), setPage(1))} placeholder="Title, text or driver" />
        </Field>
        <Field label="Kind">
          <Select value={kind} onChange={(_, data) => (setKind(data.value), setPage(1))}>
            <option value="">Decisions and role terms</option>
            <option value="decision">Decisions</option>
            <option value="role-term">Role terms</option>
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
                  <TableCell>{e.title}</TableCell>
                  <TableCell>{e.status.replace('-', ' ')}</TableCell>
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
