// How the votes stand now (the cluster's quorum read: votes up of total, what the running side
// needs), read from the lab again whenever the cluster changes.
import { useMemo } from 'react';
import type { ApiClient } from '../../api/client';
import type { QuorumView } from '../../domain/cluster';
import { useLabMirror } from '../../stores/lab-mirror';
import { useApi } from '../../shell/shell-context';
import { useLabRead } from '../../ui/use-lab-read';

const readQuorum = (api: ApiClient, cluster: string): Promise<QuorumView> => api.call('getClusterQuorum', { params: { name: cluster } });

export function votesLine(quorum: QuorumView): string {
  const state = quorum.hasQuorum ? 'has quorum' : 'has no quorum';
  const witness = quorum.witnessDisk ?? quorum.fileShare;
  return `${quorum.votesUp} of ${quorum.totalVotes} votes (${quorum.votesNeeded} needed): ${state}${witness ? `; witness vote ${quorum.witnessVote}${quorum.witnessOwner ? `, owned by ${quorum.witnessOwner}` : ''}` : ''}`;
}

export function QuorumVotes({ cluster }: { cluster: string }) {
  const api = useApi();
  const clusters = useLabMirror((state) => state.clusters);
  const trigger = useMemo(() => [clusters], [clusters]);
  const { data, error } = useLabRead(api, cluster, readQuorum, trigger);
  if (error) return <span className="text-muted">{error}</span>;
  return <span data-testid="quorum-votes">{data ? votesLine(data) : '…'}</span>;
}
