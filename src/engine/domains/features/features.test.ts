import { describe, expect, test } from 'vitest';
import type { HostFeaturesView } from '../../../domain/features';
import { createLab, restoreLab } from '../../lab';
import { migrateSnapshot } from '../../migrations';
import { validateSnapshot } from '../../snapshot-check';
import { eventsOf, hostOf } from '../../testing/lab-helpers';
import type { Lab, LabSnapshot } from '../../types';

function view(lab: Lab, host: string): HostFeaturesView {
  const answer = lab.query({ type: 'hostFeatures', host });
  if (!answer.ok) throw new Error(answer.error.message);
  return answer.value;
}
const stateOf = (lab: Lab, host: string, id: string) => view(lab, host).features.find((feature) => feature.id === id)!.state;
const install = (lab: Lab, host: string, features: string[]) => lab.dispatch({ type: 'featuresInstall', host, features });
const remove = (lab: Lab, host: string, features: string[]) => lab.dispatch({ type: 'featuresRemove', host, features });

/** Restarts the host through the power route and answers when its boot completed (simulated ms). */
function restart(lab: Lab, host: string): number {
  expect(lab.dispatch({ type: 'setPower', host, action: 'restart' }).ok).toBe(true);
  lab.advance(hostOf(lab, host).powerTransition!.dueMs - lab.nowMs()); // shutdown ends, boot begins
  return hostOf(lab, host).powerTransition!.dueMs;
}

describe('roles and features', () => {
  test('the seed lab starts with AD DS and DNS on the DC and nothing on the nodes', () => {
    const lab = createLab({ seed: 7 });
    const installed = (host: string) => view(lab, host).features.filter((feature) => feature.state === 'installed').map((feature) => feature.name);
    expect(installed('SWS-DC')).toEqual(['Active Directory Domain Services', 'DNS Server']);
    expect(installed('Demo1')).toEqual([]);
    expect(installed('SWS-Store1')).toEqual([]);
    expect(view(lab, 'Demo1')).toMatchObject({ host: 'Demo1', hyperVSuitable: true, restartPending: false });
    expect(view(lab, 'SWS-Store1').hyperVSuitable).toBe(false);
  });

  test('Failover Clustering installs at once; Multipath I/O waits for the restart, and is installed exactly when the boot completes', () => {
    const lab = createLab({ seed: 7 });
    lab.advance(1_000);
    expect(install(lab, 'Demo1', ['Failover-Clustering', 'Multipath-IO'])).toMatchObject({ ok: true, changed: true });
    expect(stateOf(lab, 'Demo1', 'Failover-Clustering')).toBe('installed');
    expect(stateOf(lab, 'Demo1', 'Multipath-IO')).toBe('install-pending');
    expect(view(lab, 'Demo1').restartPending).toBe(true);
    expect(eventsOf(lab, 'Demo1').slice(-2).map((event) => [event.eventId, event.source, event.timeMs])).toEqual([
      [1601, 'Server Manager', 1_000],
      [1602, 'Server Manager', 1_000],
    ]);

    // Time alone does not complete it; the restart does, at the instant the boot completes.
    lab.advance(600_000);
    expect(stateOf(lab, 'Demo1', 'Multipath-IO')).toBe('install-pending');
    const bootDoneMs = restart(lab, 'Demo1');
    lab.advance(bootDoneMs - lab.nowMs() - 1);
    expect(stateOf(lab, 'Demo1', 'Multipath-IO')).toBe('install-pending');
    lab.advance(1);
    expect(stateOf(lab, 'Demo1', 'Multipath-IO')).toBe('installed');
    expect(view(lab, 'Demo1').restartPending).toBe(false);
    const last = eventsOf(lab, 'Demo1').slice(-2);
    expect(last.map((event) => [event.eventId, event.timeMs])).toEqual([[6005, bootDoneMs], [1605, bootDoneMs]]);
    expect(last[1]!.message).toBe('Configuration completed after restart: Multipath I/O was installed.');
  });

  test('Hyper-V: pending until the boot after a hard off, then installed with its service started (7036)', () => {
    const lab = createLab({ seed: 3 });
    expect(install(lab, 'Demo2', ['Hyper-V']).ok).toBe(true);
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'off' });
    expect(stateOf(lab, 'Demo2', 'Hyper-V')).toBe('install-pending');
    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'on' });
    lab.advance(hostOf(lab, 'Demo2').powerTransition!.dueMs - lab.nowMs());
    expect(stateOf(lab, 'Demo2', 'Hyper-V')).toBe('installed');
    expect(eventsOf(lab, 'Demo2').at(-1)).toMatchObject({ eventId: 7036, source: 'Service Control Manager', message: 'The Hyper-V Virtual Machine Management service entered the running state.' });
  });

  test('refusals name the field and the rule, and change nothing', () => {
    const lab = createLab({ seed: 7 });
    install(lab, 'Demo1', ['Failover-Clustering', 'Multipath-IO']);
    const hash = lab.hash();
    const version = lab.version();
    const refusal = (result: ReturnType<Lab['dispatch']>) => (result.ok ? null : { code: result.error.code, errors: result.error.errors });
    expect(refusal(install(lab, 'Demo1', ['Hyper-V', 'Failover-Clustering']))).toEqual({ code: 'features.already_installed', errors: { 'features.1': 'Failover Clustering is already installed on Demo1.' } });
    expect(refusal(install(lab, 'Demo1', ['Multipath-IO']))?.code).toBe('features.restart_pending');
    expect(refusal(install(lab, 'SWS-Store1', ['Hyper-V']))).toMatchObject({ code: 'features.hyperv_unsuitable', errors: { 'features.0': expect.stringContaining('Hyper-V cannot be installed on SWS-Store1') } });
    expect(refusal(install(lab, 'Demo1', []))).toEqual({ code: 'features.none_selected', errors: { features: 'Select one or more roles or features to install.' } });
    expect(refusal(install(lab, 'Demo1', ['Telnet-Client']))?.errors).toEqual({ 'features.0': '"Telnet-Client" is not a role or feature this server offers.' });
    expect(refusal(install(lab, 'Demo1', ['Hyper-V', 'Hyper-V']))?.code).toBe('features.duplicate');
    expect(refusal(install(lab, 'Demo9', ['Hyper-V']))?.code).toBe('host.not_found');
    expect(refusal(remove(lab, 'Demo2', ['Failover-Clustering']))).toEqual({ code: 'features.not_installed', errors: { 'features.0': 'Failover Clustering is not installed on Demo2.' } });
    expect(refusal(remove(lab, 'Demo1', ['Multipath-IO']))?.code).toBe('features.restart_pending');
    expect(refusal(remove(lab, 'SWS-DC', ['DNS']))?.errors).toEqual({ 'features.0': 'DNS Server cannot be removed from SWS-DC while it is the domain controller of SWS.com.' });
    expect(lab.hash()).toBe(hash);
    expect(lab.version()).toBe(version);

    lab.dispatch({ type: 'setPower', host: 'Demo2', action: 'shutdown' });
    expect(refusal(install(lab, 'Demo2', ['Failover-Clustering']))).toEqual({ code: 'features.host_not_running', errors: { host: 'Demo2 is shutting down; roles and features can be changed only while it is running.' } });
    expect(lab.validate({ type: 'featuresInstall', host: 'Demo1', features: ['Hyper-V'] })).toEqual({ ok: true, warnings: {} });
  });

  test('remove: at once when no restart is needed, at the next boot when one is', () => {
    const lab = createLab({ seed: 7 });
    install(lab, 'Demo1', ['Hyper-V', 'Failover-Clustering']);
    lab.advance(restart(lab, 'Demo1') - lab.nowMs());
    expect(remove(lab, 'Demo1', ['Failover-Clustering', 'Hyper-V']).ok).toBe(true);
    expect(stateOf(lab, 'Demo1', 'Failover-Clustering')).toBe('available');
    expect(stateOf(lab, 'Demo1', 'Hyper-V')).toBe('remove-pending');
    expect(eventsOf(lab, 'Demo1').slice(-2).map((event) => event.eventId)).toEqual([1603, 1604]);
    lab.advance(restart(lab, 'Demo1') - lab.nowMs());
    expect(stateOf(lab, 'Demo1', 'Hyper-V')).toBe('available');
  });

  test('snapshots keep pending work; the check finds broken parts; a lab saved before the domain gets the seed features', () => {
    const lab = createLab({ seed: 7 });
    install(lab, 'Demo1', ['Multipath-IO']);
    const snapshot = JSON.parse(JSON.stringify(lab.snapshot())) as LabSnapshot;
    expect(validateSnapshot(snapshot)).toEqual([]);
    const restored = restoreLab(snapshot);
    expect(restored.hash()).toBe(lab.hash());
    restored.advance(restart(restored, 'Demo1') - restored.nowMs());
    expect(stateOf(restored, 'Demo1', 'Multipath-IO')).toBe('installed');

    const broken = JSON.parse(JSON.stringify(snapshot)) as LabSnapshot;
    const entries = (broken.entities as unknown as { serverFeatures: Record<string, unknown>[] });
    const store = entries.serverFeatures.find((server) => server.id === 'SWS-Store1')!;
    store.installed = ['Hyper-V', 'Hyper-V'];
    entries.serverFeatures = entries.serverFeatures.filter((server) => server.id !== 'Demo2');
    const messages = validateSnapshot(broken).map((problem) => problem.message);
    expect(messages).toEqual(expect.arrayContaining([
      expect.stringContaining('"Hyper-V" is listed twice in installed'),
      expect.stringContaining('Hyper-V is installed on a host that is not a suitable Hyper-V host'),
      'host Demo2 has no roles-and-features entry.',
    ]));

    const older = JSON.parse(JSON.stringify(createLab({ seed: 7 }).snapshot())) as LabSnapshot;
    delete (older.entities as unknown as Record<string, unknown>).serverFeatures;
    delete (older.domainVersions as Record<string, number>).features;
    const migrated = migrateSnapshot(older) as LabSnapshot;
    expect(migrated.domainVersions.features).toBe(1);
    expect(view(restoreLab(older), 'SWS-DC').features.filter((feature) => feature.state === 'installed').map((feature) => feature.id)).toEqual(['AD-Domain-Services', 'DNS']);
  });
});
