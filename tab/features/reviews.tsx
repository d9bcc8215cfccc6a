import { Badge, Button, Link, MessageBar, MessageBarBody, Text } from '@fluentui/react-components';
import { useCallback, useEffect, useState } from 'react';
import type { Review, ReviewsPage } from '../../shared';
import type { ApiClient } from '../api/client';
import { messageOf } from '../api/client';
import { useWords } from '../texts';
import type { KeyOf } from '../../texts/index';
import { CalendarFeeds } from './calendar-feeds';
import { useDays } from './reader-days';
import { ViewSkeleton } from './view-skeleton';
import { Rows } from './rows';

const statusColour = { overdue: 'danger', due: 'warning', upcoming: 'informative' } as const;
const statusKey: Record<Review['status'], KeyOf<'records'>> = { overdue: 'reviewOverdue', due: 'reviewDue', upcoming: 'reviewUpcoming' };

/**
 * Reviews: every decision and role term comes back on its date, soonest first (overdue ones lead), a page at a time;
 * each opens what it reviews.
 */
export default function Reviews({ api, onOpen }: { api: ApiClient; onOpen: (review: Review) => void }) {
  const [reviews, setReviews] = useState<Review[] | null>(null);
  const [next, setNext] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const t = useWords('records');
  const { calendarDay } = useDays();
  const load = useCallback(
    async (after: string | null) => {
      setLoading(true);
      try {
        const page = await api.get<ReviewsPage>(after === null ? 'reviews' : `reviews?after=${encodeURIComponent(after)}`);
        setReviews((shown) => [...(after === null ? [] : (shown ?? [])), ...page.reviews]);
        setNext(page.next);
      } catch (caught) {
        setError(messageOf(caught));
      } finally {
        setLoading(false);
      }
    },
    [api],
  );
  // The first page once per client (`load` is new only with a new client); later pages when asked for.
  useEffect(() => void load(null), [load]);
  if (error) {
    return (
      <MessageBar intent="error" layout="multiline" role="alert">
        <MessageBarBody>{error}</MessageBarBody>
      </MessageBar>
    );
  }
  if (!reviews) return <ViewSkeleton label={t('reviewsLoading')} />;
  const count = (status: Review['status']) => reviews.filter((r) => r.status === status).length;
  return (
    <section aria-label={t('reviews')} style={{ display: 'grid', gap: 8, maxWidth: 900 }}>
      <Text>
        {t(next === null ? 'reviewsCount' : 'reviewsCountSoFar', {
          overdue: count('overdue'),
          due: count('due'),
          upcoming: count('upcoming'),
        })}
      </Text>
      <Rows
        label={t('reviewsByDate')}
        rows={reviews}
        keyOf={(r) => `${r.kind}-${r.circleId}-${r.subjectId}`}
        lead={1}
        columns={[
          { header: t('reviewsReviewBy'), cell: (r) => calendarDay(r.reviewDate) },
          {
            header: t('reviewsWhat'),
            cell: (r) => (
              <Link as="button" onClick={() => onOpen(r)}>
                {r.title}
              </Link>
            ),
          },
          {
            header: t('reviewsStatus'),
            cell: (r) => (
              <Badge appearance="tint" color={statusColour[r.status]}>
                {t(statusKey[r.status])}
              </Badge>
            ),
          },
        ]}
      />
      {next !== null && (
        <div>
          <Button disabled={loading} onClick={() => void load(next)}>
            {t(loading ? 'reviewsLoadingMore' : 'reviewsMore')}
          </Button>
        </div>
      )}
      <CalendarFeeds api={api} />
    </section>
  );
}
