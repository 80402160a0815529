// starwindAddReplica: StarWind 8's Replication Manager → Add Replica on a plain image-file device.
// It ends in the same HA device as Add Target's High Availability path (create-device.ts): the
// partner part is checked by the same checkHa, and pairUp builds the pair. The local device keeps
// its image file, target and data; it becomes the pair's first side and takes the HA device name
// ("HAImage<n>"), as StarWind's console shows an image device once it has a replica.
import { REPLICA_INIT_METHODS, STARWIND_EVENT_IDS, starwindMessages } from '../../../domain/starwind';
import { reject, type Decision } from '../../decision';
import { touch } from '../../context';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { checkHa, haWarnings, Issues, rejectIssues } from './create-device';
import { nextDeviceName, pairUp } from './create-device-apply';
import { logStarWind } from './common';
import { ExtentMap } from './extent-map';
import { newReplicaBlocks } from './state';

type AddReplica = Extract<Command, { type: 'starwindAddReplica' }>;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function decideAddReplica(state: LabState, command: AddReplica): Decision {
  // StarWind 5 has no Replication Manager: its HA devices come from Add Target.
  if (state.params.options.starwindVersion === 5) {
    const message = 'StarWind 5 has no Replication Manager: create a High Availability device with Add Target.';
    return reject('starwind.not_in_version', 'conflict', message, { device: message });
  }
  const sw = state.starwind;
  const device = typeof command.device === 'string' ? sw.devices.get(command.device) : undefined;
  if (!device) {
    const message = `There is no StarWind device "${String(command.device)}".`;
    return reject('starwind.device_not_found', 'not_found', message, { device: message });
  }
  if (device.haDeviceId !== null || device.kind !== 'image-file') {
    const message = `${device.name} already has a replica; this lab models two-way replication only.`;
    return reject('starwind.already_replicated', 'conflict', message, { device: message });
  }
  const server = sw.consoleServers.get(device.host);
  if (!server?.connected) {
    const message = `Connect to ${device.host} first (log in with its user name and password).`;
    return reject('starwind.not_connected', 'conflict', message, { device: message });
  }
  const local = state.network.hosts.get(device.host);
  const target = sw.targets.get(device.targetId);
  if (!local || !target || !isRecord(command.request)) {
    const message = "The request must be an object with the Add Replica wizard's fields.";
    return reject('starwind.invalid_request', 'invalid', message, { request: message });
  }
  const issues = new Issues();
  const ha = checkHa(state, local, command.request, '', { sizeBytes: device.sizeBytes, targetName: target.iqn, initMethods: REPLICA_INIT_METHODS }, issues);
  if (issues.list.length > 0 || !ha) return rejectIssues(issues);
  return {
    ok: true,
    apply: (ctx) => {
      const haId = ctx.kernel.nextId('ha');
      const blocks = newReplicaBlocks();
      blocks.data = ctx.state.starwind.plainBlocks.get(device.id) ?? new ExtentMap();
      ctx.state.starwind.plainBlocks.delete(device.id);
      device.kind = 'ha';
      device.haDeviceId = haId;
      device.name = nextDeviceName(ctx, local.id, 'ha');
      touch(ctx, 'starwindDevices', device.id);
      logStarWind(ctx, local.name, STARWIND_EVENT_IDS.deviceAdded, starwindMessages.deviceAdded(device.name));
      pairUp(ctx, device, local, { device, target }, ha, haId, blocks);
    },
  };
}

export function addReplicaWarnings(_state: LabState, command: Command): Record<string, string> {
  return command.type === 'starwindAddReplica' ? haWarnings(command.request, '') : {};
}
