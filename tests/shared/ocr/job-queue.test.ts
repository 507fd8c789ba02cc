import { describe, expect, it } from 'vitest';
import { JobQueue } from '../../../shared/ocr/job-queue.ts';

interface Job {
  name: string;
}

const job = (name: string): Job => ({ name });

function names(queue: JobQueue<Job>): string[] {
  return queue.drain().map((j) => j.name);
}

// A deterministic generator, so a failing case can be replayed.
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

describe('JobQueue', () => {
  it('gives lower priorities first and equal priorities in arrival order', () => {
    const queue = new JobQueue<Job>();
    queue.push(job('batch-1'), 10);
    queue.push(job('batch-2'), 10);
    queue.push(job('visible-1'), 0);
    queue.push(job('batch-3'), 10);
    queue.push(job('visible-2'), 0);
    queue.push(job('prefetch'), 5);
    expect(queue.size).toBe(6);
    expect(names(queue)).toEqual(['visible-1', 'visible-2', 'prefetch', 'batch-1', 'batch-2', 'batch-3']);
    expect(queue.size).toBe(0);
    expect(queue.shift()).toBeUndefined();
  });

  it('removes a waiting job wherever it sits, and only once', () => {
    const queue = new JobQueue<Job>();
    const jobs = ['a', 'b', 'c', 'd', 'e', 'f', 'g'].map(job);
    jobs.forEach((j, i) => queue.push(j, i % 3));
    const [a, , c, , , f] = jobs as [Job, Job, Job, Job, Job, Job, Job];
    expect(queue.remove(c)).toBe(true);
    expect(queue.remove(c)).toBe(false);
    expect(queue.remove(a)).toBe(true);
    expect(queue.remove(f)).toBe(true);
    expect(queue.remove(job('never queued'))).toBe(false);
    expect(queue.size).toBe(4);
    // priorities: a0 b1 c2 d0 e1 f2 g0 → left d0 g0 b1 e1
    expect(names(queue)).toEqual(['d', 'g', 'b', 'e']);
  });

  it('refuses the same job twice while it waits, and takes it again once it left', () => {
    const queue = new JobQueue<Job>();
    const j = job('x');
    queue.push(j, 1);
    expect(() => queue.push(j, 0)).toThrow(/already queued/);
    expect(queue.shift()).toBe(j);
    queue.push(j, 0);
    expect(queue.size).toBe(1);
  });

  it('refuses a priority that is not a number', () => {
    expect(() => new JobQueue<Job>().push(job('x'), Number.NaN)).toThrow(/not a number/);
  });

  it('agrees with a sorted list through thousands of random pushes, shifts and removals', () => {
    const random = lcg(20261123);
    const queue = new JobQueue<Job>();
    let reference: { item: Job; priority: number; seq: number }[] = [];
    let seq = 0;
    const expectedOrder = () => [...reference].sort((x, y) => x.priority - y.priority || x.seq - y.seq);
    for (let step = 0; step < 5000; step++) {
      const r = random();
      if (r < 0.5) {
        const item = job(`j${seq}`);
        const priority = Math.floor(random() * 5);
        queue.push(item, priority);
        reference.push({ item, priority, seq: seq++ });
      } else if (r < 0.75) {
        const next = expectedOrder()[0];
        expect(queue.shift()).toBe(next?.item);
        reference = reference.filter((e) => e !== next);
      } else if (reference.length > 0) {
        const victim = reference[Math.floor(random() * reference.length)];
        expect(queue.remove(victim!.item)).toBe(true);
        reference = reference.filter((e) => e !== victim);
      }
      expect(queue.size).toBe(reference.length);
    }
    expect(queue.drain()).toEqual(expectedOrder().map((e) => e.item));
  });
});
