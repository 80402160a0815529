// A lab file exported by the build before the domain plug-in (snapshot format 1, commit 4a2e3c1),
// kept as a fixture: it must import in this build and every later one, and go on exactly as it
// did in the build that saved it (what it became 40 simulated seconds later is kept beside it).
// When a later build changes a saved part, it adds a migration; it never edits this fixture.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { LabFile } from '../../src/api/types';
import { labHost, resetLab, server } from '../../mocks/node';
import { api } from '../../mocks/starwind-test-support';
import { getLab } from '../../mocks/test-support';
import { restoreSaved } from '../../src/host/restore';

const fixture = (name: string): unknown => JSON.parse(readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'));

interface Expected {
  nowMs: number;
  after40s: {
    nowMs: number;
    haDevices: { id: string; syncStates: string[]; sync: unknown; lastSync: unknown }[];
    hosts: { name: string; powerState: string }[];
    events: number;
  };
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterAll(() => server.close());

describe('a lab file saved by an earlier build', () => {
  test('imports, carries its running sync as a job, and continues as it did when it was saved', async () => {
    const file = fixture('lab-file-v1.json') as LabFile;
    const expected = fixture('lab-file-v1.expected.json') as Expected;
    expect(file.snapshot.snapshotVersion).toBe(1);
    await resetLab({ seed: 9 });
    const imported = await api.call('importLab', { body: file });
    expect(imported.nowMs).toBe(expected.nowMs);

    // Saved before the lab option starwindVersion: it opens as version 8, the rules it was built with.
    expect((await getLab()).options.starwindVersion).toBe(8);

    // HA2 was mid initial sync when saved: the migration gave it the job that follows it.
    const answer = await labHost.query({ type: 'jobs' });
    if (!answer.ok) throw new Error(answer.error.message);
    const { jobs } = answer.value as { jobs: unknown[] };
    expect(jobs).toEqual([expect.objectContaining({ id: 'job-0001', kind: 'starwind.sync', state: 'running', subject: { collection: 'haDevices', id: 'ha-0002' } })]);

    await api.call('advanceClock', { body: { ms: 40_000 } });
    const after = await getLab();
    expect(after.nowMs).toBe(expected.after40s.nowMs);
    const exported = await api.call('exportLab');
    const haDevices = exported.snapshot.entities.haDevices.map((ha) => ({ id: ha.id, syncStates: ha.sides.map((side) => side.syncState), sync: ha.sync, lastSync: ha.lastSync }));
    expect(haDevices).toEqual(expected.after40s.haDevices);
    expect((await api.call('listHosts')).hosts.map((host) => ({ name: host.name, powerState: host.powerState }))).toEqual(expected.after40s.hosts);
    // One event more than the earlier build logged: now the replica that completes its
    // sync logs its own new state too (ID_773 on SWS-Store2 when HA2's initial sync ends).
    const events = (await api.call('listEvents')).events;
    expect(events).toHaveLength(expected.after40s.events + 1);
    expect(events.filter((event) => event.eventId === 773).map((event) => [event.timeMs, event.host])).toEqual([[55_460, 'SWS-Store2']]);
    expect(exported.snapshot.entities.jobs).toEqual([expect.objectContaining({ id: 'job-0001', state: 'succeeded', endedMs: 55_460 })]);

    // The same lab kept in the browser's store by the earlier build (snapshot + log) reloads too.
    // load() hands restoreSaved the log after the snapshot (the tail): none here, the snapshot covers it all.
    const reloaded = restoreSaved({ params: file.snapshot.params, snapshot: { commandCount: file.commandLog.length, snapshot: file.snapshot }, commandLog: [], nowMs: expected.after40s.nowMs, speed: 1 });
    expect(reloaded.hash()).toBe(after.hash);

    // Saved again by this build, it restores to the same lab.
    await resetLab({ seed: 9 });
    expect(await api.call('importLab', { body: exported })).toMatchObject({ hash: after.hash, nowMs: after.nowMs });
  });
});
