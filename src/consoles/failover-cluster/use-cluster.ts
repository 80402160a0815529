// The cluster a view's URL names, read from the mirror (every cluster entity arrives whole in the
// change batches), and what to show while the lab loads or when the name is unknown.
import { useParams } from 'react-router';
import type { Cluster } from '../../domain/cluster';
import { useLabMirror } from '../../stores/lab-mirror';
import { findCluster } from './model';

export interface ClusterRoute {
  /** The name as the URL carries it. */
  name: string;
  cluster: Cluster | undefined;
  loaded: boolean;
}

export function useClusterRoute(): ClusterRoute {
  const { cluster: name = '' } = useParams();
  const clusters = useLabMirror((state) => state.clusters);
  const loaded = useLabMirror((state) => state.loaded);
  return { name, cluster: findCluster(clusters, name), loaded };
}
