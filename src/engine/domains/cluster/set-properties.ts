// clusterSetProperties: the cluster's common properties (Get-Cluster | fl *) an administrator
// changes. Heartbeat settings within the documented ranges of the OS version (facts Part B §1.1);
// DynamicQuorum only where the version has dynamic quorum (2012 and later); EnableSharedVolumes 1
// is Enable Cluster Shared Volumes, and it cannot go back to 0 while a volume is a CSV.
import { hasDynamicQuorum, heartbeatRanges, type ClusterProperties, type HeartbeatSettings } from '../../../domain/cluster';
import { accept, UNCHANGED, type Decision } from '../../decision';
import type { LabState } from '../../state';
import type { Command } from '../../types';
import { membershipChanged } from './membership';
import { clusterOrRefusal, conflict, formedOrRefusal, invalid, isRefusal } from './refusals';
import { touchCluster } from './state';

type SetProperties = Extract<Command, { type: 'clusterSetProperties' }>;

const HEARTBEAT_KEYS: readonly (keyof HeartbeatSettings)[] = ['SameSubnetDelay', 'SameSubnetThreshold', 'CrossSubnetDelay', 'CrossSubnetThreshold'];
const SWITCHES = ['DynamicQuorum', 'EnableSharedVolumes'] as const;
const KNOWN: readonly string[] = [...HEARTBEAT_KEYS, ...SWITCHES];
const UNIT: Record<keyof HeartbeatSettings, string> = { SameSubnetDelay: ' ms', SameSubnetThreshold: ' heartbeats', CrossSubnetDelay: ' ms', CrossSubnetThreshold: ' heartbeats' };

export function decideSetProperties(state: LabState, command: SetProperties): Decision {
  const cluster = clusterOrRefusal(state, command.cluster);
  if (isRefusal(cluster)) return cluster;
  const creating = formedOrRefusal(cluster);
  if (creating) return creating;
  const asked = command.properties as Record<string, unknown> | undefined;
  if (typeof asked !== 'object' || asked === null || Object.keys(asked).length === 0) return invalid('cluster.no_properties', 'properties', `Name at least one property to change: ${KNOWN.join(', ')}.`);
  const unknown = Object.keys(asked).filter((key) => !KNOWN.includes(key));
  if (unknown.length > 0) return invalid('cluster.unknown_property', unknown[0]!, `${unknown.join(', ')} is not a property the lab changes; they are ${KNOWN.join(', ')}.`);
  const osName = `Windows Server ${cluster.osVersion}`;
  const ranges = heartbeatRanges(cluster.osVersion);
  const next: ClusterProperties = { ...cluster.properties };
  for (const key of HEARTBEAT_KEYS) {
    const value = asked[key];
    if (value === undefined) continue;
    const range = ranges[key];
    if (typeof value !== 'number' || !Number.isInteger(value) || value < range.min || value > range.max) {
      return invalid('cluster.property_out_of_range', key, `${key} must be a whole number from ${range.min} to ${range.max}${UNIT[key]} on ${osName}; ${String(value)} is out of range.`);
    }
    next[key] = value;
  }
  for (const key of SWITCHES) {
    const value = asked[key];
    if (value === undefined) continue;
    if (value !== 0 && value !== 1) return invalid('cluster.property_out_of_range', key, `${key} is 0 or 1; ${String(value)} is out of range.`);
    next[key] = value;
  }
  if (next.DynamicQuorum !== cluster.properties.DynamicQuorum && !hasDynamicQuorum(cluster.osVersion)) {
    return conflict('cluster.dynamic_quorum_unsupported', 'DynamicQuorum', `Dynamic quorum came with Windows Server 2012; a ${osName} cluster has none, so DynamicQuorum stays 0.`);
  }
  if (next.EnableSharedVolumes === 0 && cluster.properties.EnableSharedVolumes === 1) {
    const volumes = cluster.disks.filter((disk) => disk.usage === 'csv').map((disk) => disk.name);
    if (volumes.length > 0) return conflict('cluster.csv_in_use', 'EnableSharedVolumes', `Cluster Shared Volumes cannot be turned off while ${volumes.join(', ')} ${volumes.length > 1 ? 'are' : 'is'} in Cluster Shared Volumes.`);
  }
  if (KNOWN.every((key) => next[key as keyof ClusterProperties] === cluster.properties[key as keyof ClusterProperties])) return UNCHANGED;
  return accept((ctx) => {
    cluster.properties = next;
    touchCluster(ctx, cluster);
    // Heartbeat timing and dynamic votes are the membership model's inputs.
    membershipChanged(ctx, cluster);
  });
}
