// featuresInstall / featuresRemove {host, features}: every check first (each refusal names the
// field, `features.<index>` for one entry), then the change. An entry that needs a restart is
// only recorded as pending; boot.ts completes it when the server next finishes a boot.
import {
  catalogueEntry,
  catalogueOrder,
  DC_PROTECTED,
  FEATURE_INSTALL_PENDING_ID,
  FEATURE_INSTALLED_ID,
  FEATURE_REMOVE_PENDING_ID,
  FEATURE_REMOVED_ID,
  featureEventMessages,
  HYPER_V,
  SERVER_MANAGER_SOURCE,
  type FeatureId,
  type ServerFeatures,
} from '../../../domain/features';
import { POWER_STATE_LABELS } from '../../../domain/power';
import { logEvent, type LabContext } from '../../context';
import { accept, reject, type Decision } from '../../decision';
import { hostNotFound } from '../../errors';
import type { LabState } from '../../state';
import type { Command, Host } from '../../types';
import { findHost } from '../network/hosts';
import { stateOf, touchServer } from './state';

type Install = Extract<Command, { type: 'featuresInstall' }>;
type Remove = Extract<Command, { type: 'featuresRemove' }>;

export function decideInstall(state: LabState, command: Install): Decision {
  const found = findServer(state, command);
  if ('ok' in found) return found;
  const { host, server, entries } = found;
  for (const [index, id] of entries.entries()) {
    const entry = catalogueEntry(id)!;
    const field = `features.${index}`;
    const now = stateOf(server, id);
    if (now === 'installed') return refuse('features.already_installed', `${entry.name} is already installed on ${host.name}.`, field);
    if (now === 'install-pending') return refuse('features.restart_pending', `${entry.name} is already installed on ${host.name} and waits for a restart; restart the server to finish the installation.`, field);
    if (now === 'remove-pending') return refuse('features.restart_pending', `${entry.name} is being removed from ${host.name}; restart the server to finish the removal before installing it again.`, field);
    if (id === HYPER_V && !server.hyperVSuitable) {
      return refuse('features.hyperv_unsuitable', `Hyper-V cannot be installed on ${host.name}: the processor does not have the required virtualization capabilities (only the cluster nodes are Hyper-V hosts in this lab).`, field);
    }
  }
  return accept((ctx) => {
    for (const id of entries) {
      const entry = catalogueEntry(id)!;
      if (entry.restartRequired) {
        server.pendingInstall = catalogueOrder([...server.pendingInstall, id]) as FeatureId[];
        logServerManager(ctx, host, FEATURE_INSTALL_PENDING_ID, featureEventMessages.installPending(entry.name));
      } else {
        server.installed = catalogueOrder([...server.installed, id]) as FeatureId[];
        logServerManager(ctx, host, FEATURE_INSTALLED_ID, featureEventMessages.installed(entry.name));
      }
    }
    touchServer(ctx, server);
  });
}

export function decideRemove(state: LabState, command: Remove): Decision {
  const found = findServer(state, command);
  if ('ok' in found) return found;
  const { host, server, entries } = found;
  for (const [index, id] of entries.entries()) {
    const entry = catalogueEntry(id)!;
    const field = `features.${index}`;
    const now = stateOf(server, id);
    if (now === 'available') return refuse('features.not_installed', `${entry.name} is not installed on ${host.name}.`, field);
    if (now === 'install-pending') return refuse('features.restart_pending', `${entry.name} waits for a restart to finish its installation on ${host.name}; restart the server before removing it.`, field);
    if (now === 'remove-pending') return refuse('features.restart_pending', `${entry.name} is already being removed from ${host.name}; restart the server to finish the removal.`, field);
    if (host.role === 'domain-controller' && DC_PROTECTED.includes(id as FeatureId)) {
      return refuse('features.required', `${entry.name} cannot be removed from ${host.name} while it is the domain controller of ${host.domain}.`, field);
    }
  }
  return accept((ctx) => {
    for (const id of entries) {
      const entry = catalogueEntry(id)!;
      if (entry.restartRequired) {
        server.pendingRemove = catalogueOrder([...server.pendingRemove, id]) as FeatureId[];
        logServerManager(ctx, host, FEATURE_REMOVE_PENDING_ID, featureEventMessages.removePending(entry.name));
      } else {
        server.installed = server.installed.filter((installed) => installed !== id);
        logServerManager(ctx, host, FEATURE_REMOVED_ID, featureEventMessages.removed(entry.name));
      }
    }
    touchServer(ctx, server);
  });
}

/** The host, its entity and the requested ids in catalogue order, or the refusal of the request's shape. */
function findServer(state: LabState, command: Install | Remove): { host: Host; server: ServerFeatures; entries: string[] } | Decision {
  const host = findHost(state, command.host);
  if (!host) return hostNotFound(command.host);
  const server = state.features.servers.get(host.id);
  if (!server) return hostNotFound(command.host);
  const ids: unknown = command.features;
  if (!Array.isArray(ids) || ids.length === 0) {
    const message = command.type === 'featuresInstall' ? 'Select one or more roles or features to install.' : 'Select one or more roles or features to remove.';
    return reject('features.none_selected', 'invalid', message, { features: message });
  }
  const seen = new Set<string>();
  for (const [index, id] of ids.entries()) {
    const field = `features.${index}`;
    if (!catalogueEntry(id as string)) {
      const message = `"${String(id)}" is not a role or feature this server offers.`;
      return reject('features.unknown', 'invalid', message, { [field]: message });
    }
    if (seen.has(id as string)) {
      const message = `${catalogueEntry(id as string)!.name} is selected twice.`;
      return reject('features.duplicate', 'invalid', message, { [field]: message });
    }
    seen.add(id as string);
  }
  if (host.powerState !== 'on') {
    const message = `${host.name} is ${POWER_STATE_LABELS[host.powerState].toLowerCase()}; roles and features can be changed only while it is running.`;
    return reject('features.host_not_running', 'conflict', message, { host: message });
  }
  // Field indexes refer to the request's order; the change itself is applied in catalogue order.
  return { host, server, entries: ids as string[] };
}

function refuse(code: string, message: string, field: string): Decision {
  return reject(code, 'conflict', message, { [field]: message });
}

export function logServerManager(ctx: LabContext, host: Host, eventId: number, message: string): void {
  logEvent(ctx, { host: host.name, log: 'System', source: SERVER_MANAGER_SOURCE, eventId, level: 'Information', message });
}
