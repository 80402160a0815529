// A pending install or removal takes effect when its server finishes its next boot: the power
// domain tells every watching domain a host changed, and a host that has just become `on` at
// this instant (lastBootMs = now) has booted. A hard off does not complete anything; the boot
// after it does, as Windows resumes its pending configuration at the next start.
import {
  catalogueEntry,
  catalogueOrder,
  FEATURE_CONFIGURED_AT_BOOT_ID,
  featureEventMessages,
  HYPER_V,
  HYPER_V_SERVICE,
  SERVICE_CONTROL_MANAGER_SOURCE,
  SERVICE_RUNNING_ID,
  type FeatureId,
} from '../../../domain/features';
import { logEvent, type HostChange, type LabContext } from '../../context';
import { logServerManager } from './decide';
import { touchServer } from './state';

export function onFeaturesHostChanged(ctx: LabContext, change: HostChange): void {
  if (change.cause !== 'power') return;
  const host = ctx.state.network.hosts.get(change.hostId);
  const server = ctx.state.features.servers.get(change.hostId);
  if (!host || !server || host.powerState !== 'on' || host.lastBootMs !== ctx.kernel.nowMs()) return;
  if (server.pendingInstall.length + server.pendingRemove.length === 0) return;
  for (const id of server.pendingInstall) logServerManager(ctx, host, FEATURE_CONFIGURED_AT_BOOT_ID, featureEventMessages.configuredAtBoot(catalogueEntry(id)!.name, 'install'));
  for (const id of server.pendingRemove) logServerManager(ctx, host, FEATURE_CONFIGURED_AT_BOOT_ID, featureEventMessages.configuredAtBoot(catalogueEntry(id)!.name, 'remove'));
  if (server.pendingInstall.includes(HYPER_V)) {
    logEvent(ctx, { host: host.name, log: 'System', source: SERVICE_CONTROL_MANAGER_SOURCE, eventId: SERVICE_RUNNING_ID, level: 'Information', message: featureEventMessages.serviceRunning(HYPER_V_SERVICE) });
  }
  const removed = new Set<string>(server.pendingRemove);
  server.installed = catalogueOrder([...server.installed.filter((id) => !removed.has(id)), ...server.pendingInstall]) as FeatureId[];
  server.pendingInstall = [];
  server.pendingRemove = [];
  touchServer(ctx, server);
}
