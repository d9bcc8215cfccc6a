import { poll, type Polled, type PollerPorts } from '../../../tab/lib/poller';

type Meeting = { readonly status: string };
type Answer = { body: Meeting; etag: string } | null | Error;

/** A page with a hand-turned clock: waits are queued, not timed; the API answers from a script. */
function page(answers: Answer[]) {
  const sent: (string | null)[] = [];
  const waits: { ms: number; then: () => void; cancelled: boolean }[] = [];
  const seen: Polled<Meeting>[] = [];
  const listeners = new Set<() => void>();
  let hidden = false;
  const ports: PollerPorts<Meeting> = {
    read: async (etag) => {
      sent.push(etag);
      const answer = answers.shift();
      if (answer === undefined) throw new Error('the script has no more answers');
      if (answer instanceof Error) throw answer;
      return answer;
    },
    hidden: () => hidden,
    onVisibilityChange: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    wait: (ms, then) => {
      const wait = { ms, then, cancelled: false };
      waits.push(wait);
      return () => {
        wait.cancelled = true;
      };
    },
    now: () => 1_000_000 + sent.length,
  };
  const settle = () => new Promise((resolve) => setImmediate(resolve));
  return {
    ports,
    sent,
    seen,
    listeners,
    /** The waits asked for so far, in milliseconds. */
    waited: () => waits.map((w) => w.ms),
    /** Lets the oldest pending wait run out, then lets the read it starts finish. */
    async elapse() {
      const wait = waits.find((w) => !w.cancelled);
      if (!wait) throw new Error('nothing is waiting');
      wait.cancelled = true;
      wait.then();
      await settle();
    },
    pending: () => waits.filter((w) => !w.cancelled).length,
    async show(visible: boolean) {
      hidden = !visible;
      for (const listener of listeners) listener();
      await settle();
    },
    settle,
  };
}

const inCheckIn = { body: { status: 'check-in' }, etag: '"a"' };
const inProgress = { body: { status: 'in-progress' }, etag: '"b"' };

describe('polling a meeting with conditional reads', () => {
  it('sends the last ETag, keeps the body on 304 without telling the view again, and delivers a change', async () => {
    const p = page([inCheckIn, null, null, inProgress]);
    poll(p.ports, (polled) => p.seen.push(polled));
    await p.settle();
    await p.elapse();
    await p.elapse();
    await p.elapse();
    expect(p.sent).toEqual([null, '"a"', '"a"', '"a"']);
    expect(p.seen.map((s) => [s.body?.status, s.error])).toEqual([
      ['check-in', null],
      ['in-progress', null],
    ]);
    // The body's arrival on the page's clock, so a server `now` in it can be carried forward.
    expect(p.seen[1]?.receivedAt).toBe(1_000_004);
    expect(p.waited().every((ms) => ms === 1000)).toBe(true);
  });

  it('keeps the last body through failures, says why, waits twice as long each time up to the longest, and recovers', async () => {
    const down = new Error('Records cannot be reached just now.');
    const p = page([inCheckIn, down, down, down, down, down, down, null]);
    poll(p.ports, (polled) => p.seen.push(polled), { intervalMs: 1000, longestWaitMs: 30_000 });
    await p.settle();
    for (let i = 0; i < 7; i += 1) await p.elapse();
    expect(p.waited()).toEqual([1000, 2000, 4000, 8000, 16_000, 30_000, 30_000, 1000]);
    expect(p.seen.map((s) => [s.body?.status, s.error])).toEqual([
      ['check-in', null],
      ['check-in', 'Records cannot be reached just now.'],
      ['check-in', null],
    ]);
  });

  it('reads nothing while the page is hidden and reads at once when it is shown again', async () => {
    const p = page([inCheckIn, inProgress]);
    poll(p.ports, (polled) => p.seen.push(polled));
    await p.settle();
    await p.show(false);
    await p.elapse();
    expect(p.sent).toEqual([null]);
    expect(p.pending()).toBe(0);
    await p.show(true);
    expect(p.sent).toEqual([null, '"a"']);
    expect(p.seen.at(-1)?.body).toEqual({ status: 'in-progress' });
  });

  it('stops reading and listening when stopped', async () => {
    const p = page([inCheckIn]);
    const { stop } = poll(p.ports, (polled) => p.seen.push(polled));
    await p.settle();
    stop();
    expect(p.pending()).toBe(0);
    expect(p.listeners.size).toBe(0);
    expect(p.sent).toEqual([null]);
  });

  it('reads at once when the page asks after its own step, instead of at the next tick', async () => {
    const p = page([inCheckIn, inProgress]);
    const polling = poll(p.ports, (polled) => p.seen.push(polled));
    await p.settle();
    expect(p.pending()).toBe(1);
    polling.readNow();
    await p.settle();
    expect(p.sent).toEqual([null, '"a"']);
    expect(p.seen.at(-1)?.body).toEqual({ status: 'in-progress' });
    // The tick cancelled by reading now is replaced by one wait, not two.
    expect(p.pending()).toBe(1);
  });

  it('reads once more after a read that was under way when the page asked, since it may have left before the step', async () => {
    const p = page([inCheckIn, inProgress]);
    const polling = poll(p.ports, (polled) => p.seen.push(polled));
    polling.readNow();
    await p.settle();
    expect(p.sent).toEqual([null, '"a"']);
    expect(p.seen.at(-1)?.body).toEqual({ status: 'in-progress' });
    expect(p.pending()).toBe(1);
  });
});
