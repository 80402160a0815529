// POST /api/v1/powershell: one command line of the Windows PowerShell console, run by the lab's
// interpreter (mocks/powershell) against the engine through the host, as the other handlers do.
// The session travels with the request: the console sends the modules it imported and gets them
// back, so a session survives a reload (the panel keeps them in sessionStorage) and the server
// keeps no state of its own. PowerShell runs on `host` when given (its OS version, its features
// decide the modules present); without it, on a management workstation of the lab's OS version.
import { routes } from '../../src/api/routes';
import type { FeatureView } from '../../src/domain/features';
import type { OsVersion } from '../../src/domain/lab';
import type { Host } from '../../src/domain/network/types';
import type { LabHostApi } from '../../src/host/types';
import { FAILOVER_CLUSTERS, HYPER_V, MODULES, type ModuleName } from '../powershell/facts';
import { runLine } from '../powershell/run';
import type { Session } from '../powershell/session';
import { labErrorResponse, problemResponse } from '../problem';
import { answer } from './answer';
import { readBody } from './request';
import { on } from './route';

/** Features in effect now (installed, or removed but waiting for the restart). */
const inEffect = (feature: FeatureView) => feature.state === 'installed' || feature.state === 'remove-pending';

/** The modules the machine has: FailoverClusters with Failover Clustering, Hyper-V with the role from 2012. */
async function modulesOf(lab: LabHostApi, host: Host | null, osVersion: OsVersion): Promise<ModuleName[]> {
  const hyperVModule = osVersion !== '2008R2';
  if (!host) return hyperVModule ? [FAILOVER_CLUSTERS, HYPER_V] : [FAILOVER_CLUSTERS];
  const features = await lab.query({ type: 'hostFeatures', host: host.name });
  const installed = new Set(features.ok ? (features.value as { features: FeatureView[] }).features.filter(inEffect).map((each) => each.id as string) : []);
  const present: ModuleName[] = [];
  if (installed.has('Failover-Clustering')) present.push(FAILOVER_CLUSTERS);
  if (hyperVModule && installed.has('Hyper-V')) present.push(HYPER_V);
  return present;
}

export function powershellHandlers(lab: LabHostApi) {
  return [
    on('runPowerShell', async ({ request }) => {
      const body = await readBody(request, routes.runPowerShell.body);
      if (!body.ok) return body.response;
      const info = await lab.info();
      let host: Host | null = null;
      if (body.value.host !== undefined) {
        const found = await lab.query({ type: 'host', name: body.value.host });
        if (!found.ok) return labErrorResponse(found.error);
        host = found.value as Host;
        if (host.powerState !== 'on') return problemResponse(409, 'powershell.host_not_running', `${host.name} is ${host.powerState}: Windows PowerShell runs on a server that is on.`, { host: `${host.name} is not running.` });
      }
      const osVersion = host?.osVersion ?? info.options.osVersion;
      const available = await modulesOf(lab, host, osVersion);
      // Modules the machine no longer has (a feature removed since) drop out of the session.
      const imported = (body.value.session?.modules ?? []).flatMap((name) => MODULES.filter((module) => module.toLowerCase() === name.toLowerCase() && available.includes(module)));
      const session: Session = { lab, host, osVersion, available, modules: [...new Set(imported)], version: info.version };
      const { output, errors } = await runLine(session, body.value.command);
      return answer('runPowerShell', { output, errors, session: { modules: session.modules }, version: session.version });
    }),
  ];
}
