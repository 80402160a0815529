// The mirror's pieces the Virtual Machine Manager views share, each a stable selection.
import { useMemo } from 'react';
import { DEFAULT_START_EPOCH_MS } from '../../domain/lab';
import { useLabMirror } from '../../stores/lab-mirror';
import { vmIndexes, type VmIndexes, type VmmSource } from './model';

export function useVmmSource(): VmmSource {
  const hosts = useLabMirror((state) => state.hosts);
  const serverFeatures = useLabMirror((state) => state.serverFeatures);
  const clusters = useLabMirror((state) => state.clusters);
  return useMemo(() => ({ hosts, serverFeatures, clusters }), [hosts, serverFeatures, clusters]);
}

/** Clusters by host, roles by machine, each machine's newest migration: rebuilt when one of them changes. */
export function useVmIndexes(): VmIndexes {
  const clusters = useLabMirror((state) => state.clusters);
  const roles = useLabMirror((state) => state.clusterRoles);
  const migrations = useLabMirror((state) => state.migrations);
  return useMemo(() => vmIndexes(clusters, roles, migrations), [clusters, roles, migrations]);
}

export const useEpochMs = () => useLabMirror((state) => state.lab?.options.startEpochMs ?? DEFAULT_START_EPOCH_MS);
