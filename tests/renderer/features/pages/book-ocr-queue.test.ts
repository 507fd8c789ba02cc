import { describe, expect, it } from 'vitest';
import { BookOcrQueue, type OcrOutcome, type OcrPriority } from '../../../../renderer/features/pages/book-ocr-queue.ts';
import { deferred } from '../../support/page-extraction.ts';

/** The queue against a Node side whose answers the test gives, one page at a time, on a clock it sets. */
function harness() {
  const sent: { pageId: string; priority: OcrPriority; answer: (outcome: OcrOutcome) => Promise<void> }[] = [];
  const cancelled: string[] = [];
  const markedCancelled: string[] = [];
  let clock = 0;
  const queue = new BookOcrQueue({
    run(pageId, priority) {
      const { promise, resolve } = deferred<OcrOutcome>();
      sent.push({
        pageId,
        priority,
        // Settles the page and lets the queue's own continuation run.
        answer: async (outcome) => {
          resolve(outcome);
          await promise;
          await Promise.resolve();
        },
      });
      return promise;
    },
    cancel: (pageId) => cancelled.push(pageId),
    markCancelled: (pageIds) => markedCancelled.push(...pageIds),
    now: () => clock,
  });
  queue.start();
  const find = (pageId: string) => sent.find((s) => s.pageId === pageId)!;
  return { queue, sent, cancelled, markedCancelled, find, setClock: (ms: number) => (clock = ms) };
}

const done = (fromCache = false): OcrOutcome => ({ kind: 'done', fromCache });

describe('BookOcrQueue', () => {
  it('sends two pages of the batch at a time, in book order, and the next when one comes back', async () => {
    const { queue, sent, find } = harness();
    queue.enqueue(['p1', 'p2', 'p3', 'p4']);
    expect(sent.map((s) => [s.pageId, s.priority])).toEqual([['p1', 'batch'], ['p2', 'batch']]);
    expect(queue.getSnapshot()).toMatchObject({ waiting: ['p3', 'p4'], running: ['p1', 'p2'] });
    await find('p2').answer(done());
    expect(sent.map((s) => s.pageId)).toEqual(['p1', 'p2', 'p3']);
    queue.enqueue(['p3', 'p4', 'p5']);
    expect(queue.getSnapshot().waiting).toEqual(['p4', 'p5']);
  });

  it('sends the page on screen ahead of the batch as visible, even while paused, one at a time', async () => {
    const { queue, sent, find } = harness();
    queue.pause();
    queue.enqueue(['p1', 'p2', 'p3', 'p4']);
    expect(sent).toEqual([]);
    queue.setFocus('p3');
    expect(sent.map((s) => [s.pageId, s.priority])).toEqual([['p3', 'visible']]);
    queue.setFocus('p4');
    expect(sent).toHaveLength(1);
    await find('p3').answer(done());
    expect(sent.map((s) => [s.pageId, s.priority])).toEqual([['p3', 'visible'], ['p4', 'visible']]);
    queue.resume();
    expect(sent.map((s) => s.pageId)).toEqual(['p3', 'p4', 'p1', 'p2']);
  });

  it('pauses without dropping anything, and cancels by emptying the queue and asking the Node side to drop what it holds', () => {
    const { queue, sent, cancelled, markedCancelled } = harness();
    queue.enqueue(['p1', 'p2', 'p3', 'p4']);
    queue.pause();
    expect(queue.getSnapshot()).toMatchObject({ paused: true, waiting: ['p3', 'p4'] });
    queue.cancelAll();
    expect(markedCancelled).toEqual(['p3', 'p4']);
    expect(cancelled).toEqual(['p1', 'p2']);
    expect(queue.getSnapshot().waiting).toEqual([]);
    expect(sent).toHaveLength(2);
  });

  it('lets a removed page leave the queue: no longer waiting, dropped by the Node side if sent, never marked', async () => {
    const { queue, sent, cancelled, markedCancelled, find } = harness();
    queue.enqueue(['p1', 'p2', 'p3', 'p4']);
    queue.remove('p3');
    queue.remove('p1');
    expect(queue.getSnapshot().waiting).toEqual(['p4']);
    expect(cancelled).toEqual(['p1']);
    expect(markedCancelled).toEqual([]);
    await find('p1').answer({ kind: 'cancelled' });
    expect(sent.map((s) => s.pageId)).toEqual(['p1', 'p2', 'p4']);
  });

  it('puts a page asked for again first in line', async () => {
    const { queue, sent, find } = harness();
    queue.enqueue(['p1', 'p2', 'p3', 'p4']);
    queue.enqueueFirst('p4');
    await find('p1').answer({ kind: 'failed' });
    expect(sent.map((s) => s.pageId)).toEqual(['p1', 'p2', 'p4']);
  });

  it('reports progress per page being read, only when the whole percent or the stage moves', () => {
    const { queue } = harness();
    let published = 0;
    queue.subscribe(() => published++);
    queue.enqueue(['p1']);
    published = 0;
    queue.setProgress('p1', 'ocr', 0.421);
    queue.setProgress('p1', 'ocr', 0.425);
    queue.setProgress('p9', 'ocr', 0.5);
    expect(published).toBe(1);
    expect(queue.getSnapshot().progress.get('p1')).toEqual({ stage: 'ocr', percent: 42 });
  });

  it('estimates the time left from what pages cost, past the first page’s model load and the cache hits', async () => {
    const { queue, find, setClock } = harness();
    queue.enqueue(['p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8']);
    expect(queue.remainingMs()).toBeNull();
    setClock(20_000);
    await find('p1').answer(done());
    await find('p2').answer(done(true));
    setClock(24_000);
    await find('p3').answer(done());
    setClock(28_000);
    await find('p4').answer(done());
    // p1 paid for the model; p2 came from the cache; p3 and p4 cost 4 s each on the queue's clock.
    expect(queue.remainingMs()).toBe(4 * 4_000);
    setClock(29_000);
    expect(queue.remainingMs()).toBe(4 * 4_000 - 1_000);
  });

  it('sends nothing once stopped, and resumes with what is queued after it starts again', () => {
    const { queue, sent } = harness();
    queue.stop();
    queue.enqueue(['p1']);
    expect(sent).toEqual([]);
    queue.start();
    expect(sent.map((s) => s.pageId)).toEqual(['p1']);
  });
});
