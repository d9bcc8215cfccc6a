import { Badge, MessageBar, MessageBarBody, Spinner, Table, TableBody, TableCell, TableHeader, TableHeaderCell, TableRow, Text } from '@fluentui/react-components';
import type { Review } from '../../shared';
import type { ApiClient } from '../api/client';
import { useLoaded } from '../api/use-loaded';
import { CalendarFeeds } from './calendar-feeds';

const statusColour = { overdue: 'danger', due: 'warning', upcoming: 'informative' } as const;

/** Reviews: every decision and role term comes back on its date; overdue first, then due, then upcoming. */
export default function Reviews({ api }: { api: ApiClient }) {
  const { data, error } = useLoaded(() => api.get<{ reviews: Review[] }>('reviews'), api);
  const reviews = data?.reviews ?? null;
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!reviews) return <Spinner label="Loading reviews…" />;
  const order = { overdue: 0, due: 1, upcoming: 2 } as const;
  const sorted = [...reviews].sort((a, b) => order[a.status] - order[b.status] || a.reviewDate.localeCompare(b.reviewDate));
  return (
    <section aria-label="Reviews" style={{ display: 'grid', gap: 8, maxWidth: 900 }}>
      <Text>
        {reviews.filter((r) => r.status === 'overdue').length} overdue, {reviews.filter((r) => r.status === 'due').length} due, {reviews.filter((r) => r.status === 'upcoming').length} upcoming
      </Text>
      <Table aria-label="Reviews by date" size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell>Review by</TableHeaderCell>
            <TableHeaderCell>What</TableHeaderCell>
            <TableHeaderCell>Status</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {sorted.map((r) => (
            <TableRow key={`${r.kind}-${r.circleId}-${r.subjectId}`}>
              <TableCell>{r.reviewDate}</TableCell>
              <TableCell>{r.title}</TableCell>
              <TableCell>
                <Badge appearance="tint" color={statusColour[r.status]}>
                  {r.status}
                </Badge>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
      <CalendarFeeds api={api} />
    </section>
  );
}
