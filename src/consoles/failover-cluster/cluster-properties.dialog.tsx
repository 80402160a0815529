// The cluster's Properties: the heartbeat settings (SameSubnetDelay/Threshold,
// CrossSubnetDelay/Threshold) with the ranges of the cluster's OS version, and dynamic quorum
// where the version has it. Only what changed is sent; the engine's refusal lands on its field.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import { hasDynamicQuorum, heartbeatRanges, type Cluster, type ClusterProperties, type HeartbeatSettings } from '../../domain/cluster';
import { FormDialog } from '../../wizard/form-dialog';
import { labRequest } from '../../wizard/lab-request';
import { createWizardKit } from '../../wizard/model';
import { CLUSTER_PROPERTIES } from './labels';

type PropertiesValues = { SameSubnetDelay: number; SameSubnetThreshold: number; CrossSubnetDelay: number; CrossSubnetThreshold: number; DynamicQuorum: boolean };
const k = createWizardKit<PropertiesValues, Cluster>();

const HEARTBEAT_KEYS: readonly (keyof HeartbeatSettings)[] = ['SameSubnetDelay', 'SameSubnetThreshold', 'CrossSubnetDelay', 'CrossSubnetThreshold'];

export function clusterPropertiesDialog(cluster: Cluster) {
  const ranges = heartbeatRanges(cluster.osVersion);
  return k.dialog('cluster.properties', CLUSTER_PROPERTIES.title(cluster.name), [
    ...HEARTBEAT_KEYS.map((key) =>
      k.number(key, {
        label: CLUSTER_PROPERTIES[key],
        default: cluster.properties[key],
        minValue: ranges[key].min,
        maxValue: ranges[key].max,
        unit: key.endsWith('Delay') ? 'ms' : undefined,
        explanation: CLUSTER_PROPERTIES.range(ranges[key].min, ranges[key].max),
        group: CLUSTER_PROPERTIES.heartbeat,
      }),
    ),
    k.checkbox('DynamicQuorum', {
      label: CLUSTER_PROPERTIES.DynamicQuorum,
      default: cluster.properties.DynamicQuorum === 1,
      disabled: (_values, ctx) => (hasDynamicQuorum(ctx.osVersion) ? undefined : CLUSTER_PROPERTIES.noDynamicQuorum),
      group: CLUSTER_PROPERTIES.quorumGroup,
    }),
  ]);
}

/** The properties that differ from the cluster's, as the PUT body. */
export function changedProperties(cluster: Cluster, values: PropertiesValues): Partial<ClusterProperties> {
  const body: Partial<ClusterProperties> = {};
  for (const key of HEARTBEAT_KEYS) if (values[key] !== cluster.properties[key]) body[key] = values[key];
  const dynamic = values.DynamicQuorum ? 1 : 0;
  if (dynamic !== cluster.properties.DynamicQuorum) body.DynamicQuorum = dynamic;
  return body;
}

export function ClusterPropertiesDialog({ api, cluster, onClose }: { api: ApiClient; cluster: Cluster; onClose(): void }) {
  const definition = useMemo(() => clusterPropertiesDialog(cluster), [cluster]);
  const request = labRequest<PropertiesValues, 'setClusterProperties'>({
    api,
    route: 'setClusterProperties',
    params: { name: cluster.name },
    body: (values) => changedProperties(cluster, values),
  });
  return (
    <FormDialog
      definition={definition}
      context={cluster}
      // Nothing changed: OK just closes, as a property sheet's does.
      submit={(values) => (Object.keys(changedProperties(cluster, values)).length === 0 ? Promise.resolve() : request.submit(values))}
      onClose={onClose}
      labels={CLUSTER_PROPERTIES}
      widthClassName="w-[560px]"
    />
  );
}
