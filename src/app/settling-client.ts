// The client the page uses: the typed API client over the mocks' transport, plus one rule the
// version check cannot express. A new lab or an import starts a new version sequence, so its answer's
// version may already be "reached" by the old lab's mirror; those calls wait for the full batch
// of the new lab instead (LabMirror.generation).
import { createApiClient, type ApiClient } from '../api/client';
import type { RouteId } from '../api/routes';
import type { LabMirrorStore } from '../stores/lab-mirror';

const REPLACES_LAB: ReadonlySet<RouteId> = new Set<RouteId>(['newLab', 'importLab']);

export function createSettlingClient(fetchFn: (request: Request) => Promise<Response>, mirror: LabMirrorStore): ApiClient {
  const base = createApiClient({ fetch: fetchFn, waitForVersion: (version) => mirror.getState().waitForVersion(version) });
  const replacing = createApiClient({ fetch: fetchFn });
  return {
    async call(id, args) {
      if (!REPLACES_LAB.has(id)) return base.call(id, args);
      const generation = mirror.getState().generation;
      const answer = await replacing.call(id, args);
      await mirror.getState().waitForGeneration(generation);
      return answer;
    },
  };
}
