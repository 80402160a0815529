// A binary min-heap of timer records ordered by (dueMs, seq). Ties on dueMs run in the order
// they were scheduled, which is what makes a run reproducible.
import type { TimerRecord } from '../types';

export function timerBefore(a: TimerRecord, b: TimerRecord): boolean {
  return a.dueMs < b.dueMs || (a.dueMs === b.dueMs && a.seq < b.seq);
}

export class TimerHeap {
  private items: TimerRecord[] = [];

  get size(): number {
    return this.items.length;
  }

  peek(): TimerRecord | undefined {
    return this.items[0];
  }

  push(item: TimerRecord): void {
    const items = this.items;
    let index = items.length;
    items.push(item);
    // Sift up: move the hole towards the root while the parent is later.
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = items[parentIndex] as TimerRecord;
      if (!timerBefore(item, parent)) break;
      items[index] = parent;
      index = parentIndex;
    }
    items[index] = item;
  }

  pop(): TimerRecord | undefined {
    const items = this.items;
    const top = items[0];
    const last = items.pop();
    if (top === undefined || last === undefined || items.length === 0) return top;
    this.siftDown(0, last);
    return top;
  }

  /** The records in heap order (not sorted); for snapshots and compaction. */
  toArray(): TimerRecord[] {
    return this.items.slice();
  }

  /** Replaces the contents with `records` in O(n) (Floyd's heapify). */
  rebuild(records: TimerRecord[]): void {
    this.items = records.slice();
    for (let index = (this.items.length >> 1) - 1; index >= 0; index--) {
      this.siftDown(index, this.items[index] as TimerRecord);
    }
  }

  private siftDown(start: number, item: TimerRecord): void {
    const items = this.items;
    const length = items.length;
    let index = start;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let child = left;
      let childItem = items[left] as TimerRecord;
      if (right < length) {
        const rightItem = items[right] as TimerRecord;
        if (timerBefore(rightItem, childItem)) {
          child = right;
          childItem = rightItem;
        }
      }
      if (!timerBefore(childItem, item)) break;
      items[index] = childItem;
      index = child;
    }
    items[index] = item;
  }
}
