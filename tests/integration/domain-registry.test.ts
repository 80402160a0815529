// Completeness of the domain registry: every collection of every registered domain (and of a
// domain that exists only in this test) is in snapshots, full and incremental batches, the hash,
// the lab-file schema, the import check and the mirror. A collection any of them forgets fails here.
import { describe, expect, test } from 'vitest';
import { checkLabFile } from '../../src/api/lab-file';
import type { ChangeBatch, Command, Lab, LabFile, LabSnapshot } from '../../src/api/types';
import { LAB_FILE_KIND, LAB_FILE_SCHEMA_VERSION } from '../../src/domain/lab';
import { collectionNames, DOMAIN_DESCRIPTORS } from '../../src/domain/registry';
import { createLab, DomainSet, DOMAINS, labContextOf, migrateSnapshot, restoreLab, validateSnapshot } from '../../src/engine';
import { createLabMirror } from '../../src/stores/lab-mirror';
import { widgetsDescriptor, widgetsDomain } from './example-domain';

const WITH_WIDGETS = new DomainSet([...DOMAINS, widgetsDomain]);
const DESCRIPTORS = [...DOMAIN_DESCRIPTORS, widgetsDescriptor];
const ALL = collectionNames(DESCRIPTORS);

function ok(lab: Lab, command: unknown): void {
  const result = lab.dispatch(command as Command);
  if (!result.ok) throw new Error(result.error.message);
}

/**
 * A lab with at least one entity in every collection: the ready lab (the whole seed document done:
 * HA devices, iSCSI sessions, MPIO, disks, reservations, Cluster1 with Volume1 a Cluster Shared
 * Volume, VM1 a role online on Demo1), a validation run, the cluster's migration settings, VM1
 * being live migrated, and a widget.
 */
function populatedLab(): Lab {
  const lab = createLab({ seed: 7, scenario: 'seed-lab-ready' }, WITH_WIDGETS);
  ok(lab, { type: 'validationRun', servers: ['Demo1'], tests: ['List Operating System Information'] });
  ok(lab, { type: 'widgetAdd', name: 'sprocket' });
  ok(lab, { type: 'migrationSetSettings', cluster: 'Cluster1', downtimeTargetMs: 200 });
  ok(lab, { type: 'migrationStart', cluster: 'Cluster1', role: 'VM1', node: 'Demo2', migrationType: 'live' });
  lab.advance(500);
  return lab;
}

const ids = (list: readonly unknown[] | undefined) => (list ?? []).map((entity) => (entity as { id: string }).id).sort();

describe('every registered collection goes everywhere', () => {
  const lab = populatedLab();
  const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
  const entities = snapshot.entities as unknown as Record<string, unknown[]>;

  test('the registry lists the core, the real domains and the test domain', async () => {
    expect(ALL).toEqual(expect.arrayContaining(['jobs', 'hosts', 'networks', 'starwindServices', 'haDevices', 'widgets']));
    expect(Object.keys(entities).sort()).toEqual([...ALL].sort());
  });

  test.each(ALL)('%s: in the snapshot, the full batch, the hash, an incremental batch and the mirror', (collection) => {
    const list = entities[collection]!;
    expect(list.length).toBeGreaterThan(0);

    const full = lab.fullBatch();
    expect(ids(full.changes[collection as keyof ChangeBatch['changes']]?.upsert)).toEqual(ids(list));

    // The hash covers it: the same lab with one of its entities changed hashes differently.
    const changed = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;
    Object.assign((changed.entities as unknown as Record<string, Record<string, unknown>[]>)[collection]![0]!, { touchedByTest: true });
    expect(restoreLab(changed, WITH_WIDGETS).hash()).not.toBe(restoreLab(snapshot, WITH_WIDGETS).hash());

    // An incremental batch carries a changed entity of it (the kernel finds it by collection and id).
    const restored = restoreLab(snapshot, WITH_WIDGETS);
    const batches: ChangeBatch[] = [];
    restored.subscribe((batch) => batches.push(batch));
    const id = (list[0] as { id: string }).id;
    const { kernel } = labContextOf(restored);
    kernel.transact(() => kernel.markDirty(collection, id));
    const delta = batches.at(-1)!;
    expect(delta.full).toBe(false);
    expect(ids(delta.changes[collection as keyof ChangeBatch['changes']]?.upsert)).toEqual([id]);

    // The mirror keeps it, from the full batch and from the delta.
    const mirror = createLabMirror({ collections: ALL });
    const mirrored = () => Object.keys((mirror.getState() as unknown as Record<string, Record<string, unknown> | undefined>)[collection] ?? {}).sort();
    mirror.getState().applyBatch(batches[0]!);
    expect(mirrored()).toEqual(ids(list));
    mirror.getState().applyBatch(delta);
    expect(mirror.getState().version).toBe(delta.toVersion);
    expect(mirrored()).toEqual(ids(list));
  });

  test('the lab-file schema and the import check know every collection, and the lab restores to the same hash', async () => {
    const file: LabFile = { kind: LAB_FILE_KIND, schemaVersion: LAB_FILE_SCHEMA_VERSION, seed: lab.params.seed, scenario: lab.params.scenario, options: lab.params.options, snapshot, commandLog: [] };
    const check = await checkLabFile(file, { descriptors: DESCRIPTORS });
    if (!check.ok) throw new Error(check.message);
    const parsed = check.file.snapshot.entities as unknown as Record<string, unknown[]>;
    for (const collection of ALL) expect(ids(parsed[collection])).toEqual(ids(entities[collection]));
    expect(validateSnapshot(snapshot, WITH_WIDGETS.domains)).toEqual([]);
    expect(restoreLab(check.file.snapshot, WITH_WIDGETS).hash()).toBe(lab.hash());
  });

  test('a domain added after a lab was saved migrates it: the lab opens with the domain empty', async () => {
    const plain = JSON.parse(JSON.stringify(createLab({ seed: 7 }).snapshot())) as LabSnapshot;
    expect(plain.domainVersions).not.toHaveProperty('widgets');
    const migrated = migrateSnapshot(plain, WITH_WIDGETS.domains) as LabSnapshot;
    expect(migrated.domainVersions.widgets).toBe(1);
    expect((migrated.entities as unknown as Record<string, unknown[]>).widgets).toEqual([]);
    const reopened = restoreLab(plain, WITH_WIDGETS);
    ok(reopened, { type: 'widgetAdd', name: 'cog' });
    reopened.advance(1000);
    expect(reopened.query({ type: 'widgets' } as never)).toEqual({ ok: true, value: { widgets: [{ id: 'widget-0001', name: 'cog', polished: true }] } });
  });

  test('a domain part saved by a later build is refused with its path', async () => {
    const later = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;
    later.domainVersions.widgets = 2;
    expect(validateSnapshot(later, WITH_WIDGETS.domains)).toEqual([{ path: 'domainVersions.widgets', message: 'The widgets part is version 2; this build reads version 1.' }]);
  });

  test('determinism holds with the test domain: same commands, same hash', async () => {
    expect(populatedLab().hash()).toBe(lab.hash());
  });
});
