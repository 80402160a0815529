// Configure Cluster Quorum Settings as the action opens it: the lab's recommendation for the node
// count is read first (GET /clusters/{name}/quorum), then the wizard shows. Loaded lazily by actions.ts.
import { useEffect, useState } from 'react';
import { ApiError, type ApiClient } from '../../../api/client';
import type { Cluster } from '../../../domain/cluster';
import { labMirror } from '../../../stores/lab-mirror';
import { labRequest } from '../../../wizard/lab-request';
import { WizardFrame } from '../../../wizard/wizard-frame';
import { ReadFailed } from '../../../wizard/read-failed';
import { QUORUM_WORDS, REPORTS_WORDS } from './labels';
import { quorumWizard, toQuorumRequest, type QuorumContext, type QuorumValues } from './quorum.wizard';

export function quorumHooks(api: ApiClient, cluster: string) {
  return labRequest<QuorumValues, 'setClusterQuorum'>({ api, route: 'setClusterQuorum', params: { name: cluster }, body: toQuorumRequest, validate: true });
}

export interface QuorumWizardProps {
  api: ApiClient;
  cluster: Cluster;
  onClose(): void;
}

export function QuorumWizard({ api, cluster, onClose }: QuorumWizardProps) {
  const [hooks] = useState(() => quorumHooks(api, cluster.name));
  const [context, setContext] = useState<QuorumContext | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  useEffect(() => {
    let live = true;
    api.call('getClusterQuorum', { params: { name: cluster.name } }).then(
      (quorum) => live && setContext({ cluster, recommendedMode: quorum.recommendedMode, clusterOf: (id) => labMirror.getState().clusters[id] }),
      (reason: unknown) => live && setProblem(reason instanceof ApiError ? reason.message : String(reason)),
    );
    return () => {
      live = false;
    };
  }, [api, cluster]);
  if (problem !== null) return <ReadFailed title={QUORUM_WORDS.title} message={problem} closeLabel={REPORTS_WORDS.close} onClose={onClose} />;
  if (!context) return null;
  return <WizardFrame<QuorumValues, QuorumContext> definition={quorumWizard} context={context} check={hooks.check} submit={hooks.submit} onClose={onClose} />;
}
