// The OCR pool's waiting line. A table page queues hundreds of cell crops at once, and cancelling a page
// removes them all, so both taking the next job and removing a given one stay O(log n): a binary min-heap
// that remembers where each item sits.

interface Entry<T> {
  item: T;
  priority: number;
  /** arrival order, so that equal priorities leave first in, first out */
  seq: number;
}

function before<T>(a: Entry<T>, b: Entry<T>): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq);
}

/** Lower priority first; equal priorities in arrival order. Each item may wait in the queue once at a time. */
export class JobQueue<T> {
  private readonly heap: Entry<T>[] = [];
  private readonly positions = new Map<T, number>();
  private arrivals = 0;

  get size(): number {
    return this.heap.length;
  }

  push(item: T, priority: number): void {
    if (this.positions.has(item)) throw new Error('JobQueue: this item is already queued');
    if (Number.isNaN(priority)) throw new Error('JobQueue: the priority is not a number');
    const entry: Entry<T> = { item, priority, seq: this.arrivals++ };
    this.heap.push(entry);
    this.positions.set(item, this.heap.length - 1);
    this.up(this.heap.length - 1);
  }

  /** The item that runs next, taken out of the queue; undefined when the queue is empty. */
  shift(): T | undefined {
    const first = this.heap[0];
    if (!first) return undefined;
    this.removeAt(0);
    return first.item;
  }

  /** Takes a waiting item out (a cancelled job); false if it was not waiting. */
  remove(item: T): boolean {
    const index = this.positions.get(item);
    if (index === undefined) return false;
    this.removeAt(index);
    return true;
  }

  /** Empties the queue and gives back what was waiting, in the order it would have run. */
  drain(): T[] {
    const items: T[] = [];
    for (let item = this.shift(); item !== undefined; item = this.shift()) items.push(item);
    return items;
  }

  private removeAt(index: number): void {
    const removed = this.entry(index);
    const last = this.heap.pop() as Entry<T>;
    this.positions.delete(removed.item);
    if (index === this.heap.length) return;
    this.place(last, index);
    this.up(index);
    this.down(index);
  }

  private entry(index: number): Entry<T> {
    const entry = this.heap[index];
    if (!entry) throw new Error(`JobQueue: no entry at ${index}`);
    return entry;
  }

  private place(entry: Entry<T>, index: number): void {
    this.heap[index] = entry;
    this.positions.set(entry.item, index);
  }

  private up(index: number): void {
    const entry = this.entry(index);
    let i = index;
    while (i > 0) {
      const parentIndex = (i - 1) >> 1;
      const parent = this.entry(parentIndex);
      if (!before(entry, parent)) break;
      this.place(parent, i);
      i = parentIndex;
    }
    this.place(entry, i);
  }

  private down(index: number): void {
    const entry = this.entry(index);
    const n = this.heap.length;
    let i = index;
    for (;;) {
      const left = 2 * i + 1;
      if (left >= n) break;
      const right = left + 1;
      const child = right < n && before(this.entry(right), this.entry(left)) ? right : left;
      const childEntry = this.entry(child);
      if (!before(childEntry, entry)) break;
      this.place(childEntry, i);
      i = child;
    }
    this.place(entry, i);
  }
}
