// Coalescing: the merge rules, and at most one batch per BATCH_COALESCE_WALL_MS of wall time.
import { describe, expect, test } from 'vitest';
import { BATCH_COALESCE_WALL_MS } from '../domain/lab';
import { createLab, type ChangeBatch, type Host, type LabEvent } from '../engine';
import { BatchCoalescer, mergeBatches } from './batch-coalescer';
import { ManualScheduler } from './manual-scheduler';

const host = (name: string, powerState: Host['powerState']) => ({ id: name, name, powerState }) as Host;
const event = (seq: number) => ({ seq, timeMs: seq, host: 'Demo1', log: 'System', source: 'EventLog', eventId: 6005, level: 'Information', message: 'm' }) as LabEvent;

function batch(fromVersion: number, toVersion: number, changes: ChangeBatch['changes'], events: LabEvent[] = [], full = false): ChangeBatch {
  return { fromVersion, toVersion, nowMs: toVersion * 100, full, changes, events };
}

describe('mergeBatches', () => {
  test('upserts last-wins by id, events append, versions span both', () => {
    const a = batch(3, 4, { hosts: { upsert: [host('Demo1', 'stopping'), host('Demo2', 'on')], remove: [] } }, [event(1)]);
    const b = batch(4, 6, { hosts: { upsert: [host('Demo1', 'off')], remove: [] } }, [event(2), event(3)]);
    const merged = mergeBatches(a, b);
    expect(merged).toMatchObject({ fromVersion: 3, toVersion: 6, nowMs: 600, full: false });
    expect(merged.changes.hosts?.upsert.map((h) => [h.name, h.powerState])).toEqual([['Demo1', 'off'], ['Demo2', 'on']]);
    expect(merged.events.map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  test('a removal drops an earlier upsert; a later upsert revives the entity', () => {
    const removed = mergeBatches(batch(1, 2, { hosts: { upsert: [host('Demo3', 'on')], remove: [] } }), batch(2, 3, { hosts: { upsert: [], remove: ['Demo3'] } }));
    expect(removed.changes.hosts).toEqual({ upsert: [], remove: ['Demo3'] });
    const revived = mergeBatches(removed, batch(3, 4, { hosts: { upsert: [host('Demo3', 'starting')], remove: [] } }));
    expect(revived.changes.hosts).toEqual({ upsert: [host('Demo3', 'starting')], remove: [] });
  });

  test('a full batch replaces everything pending; deltas after it stay full', () => {
    const pending = batch(1, 2, { hosts: { upsert: [host('Demo1', 'off')], remove: ['Demo9'] } }, [event(5)]);
    const full = batch(0, 7, { hosts: { upsert: [host('Demo1', 'on'), host('Demo2', 'on')], remove: [] } }, [event(1)], true);
    const replaced = mergeBatches(pending, full);
    expect(replaced).toEqual(full);
    const after = mergeBatches(replaced, batch(7, 8, { hosts: { upsert: [], remove: ['Demo2'] } }));
    expect(after).toMatchObject({ full: true, fromVersion: 0, toVersion: 8 });
    expect(after.changes.hosts).toEqual({ upsert: [host('Demo1', 'on')], remove: [] });
  });
});

describe('BatchCoalescer', () => {
  test('posts the full state first, then at most one merged batch per interval', () => {
    const scheduler = new ManualScheduler();
    const posted: ChangeBatch[] = [];
    const lab = createLab({ seed: 1 });
    const coalescer = new BatchCoalescer(scheduler, (b) => posted.push(b));
    coalescer.attach(lab);
    scheduler.runDue();
    expect(posted).toHaveLength(1);
    expect(posted[0]).toMatchObject({ full: true, fromVersion: 0, toVersion: lab.version() });

    // Three changes within one interval: one batch, spanning all three versions.
    const before = lab.version();
    expect(lab.dispatch({ type: 'setPower', host: 'Demo1', action: 'shutdown' }).ok).toBe(true);
    expect(lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' }).ok).toBe(true);
    lab.advance(60_000);
    scheduler.advanceWallMs(BATCH_COALESCE_WALL_MS - 1);
    expect(posted).toHaveLength(1);
    scheduler.advanceWallMs(1);
    expect(posted).toHaveLength(2);
    const merged = posted[1]!;
    expect(merged).toMatchObject({ full: false, fromVersion: before, toVersion: lab.version(), nowMs: 60_000 });
    const states = Object.fromEntries((merged.changes.hosts?.upsert ?? []).map((h) => [h.name, h.powerState]));
    expect(states).toEqual({ Demo1: 'off', Demo2: 'off' });
    expect(merged.events.some((e) => e.host === 'Demo1' && e.eventId === 6006)).toBe(true);
  });

  test('time moving with nothing changed still reaches the page in a batch', () => {
    const scheduler = new ManualScheduler();
    const posted: ChangeBatch[] = [];
    const lab = createLab({ seed: 1 });
    const coalescer = new BatchCoalescer(scheduler, (b) => posted.push(b));
    coalescer.attach(lab);
    scheduler.advanceWallMs(BATCH_COALESCE_WALL_MS);
    lab.advance(1000);
    coalescer.noteTime();
    scheduler.advanceWallMs(BATCH_COALESCE_WALL_MS);
    expect(posted.at(-1)).toMatchObject({ fromVersion: lab.version(), toVersion: lab.version(), nowMs: 1000, events: [] });
  });
});
