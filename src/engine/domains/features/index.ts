// The features domain: Server Manager's roles and features per Windows server. Install and
// remove decide and apply at once; what needs a restart waits for the next boot (boot.ts).
import { featuresDescriptor, type ServerFeatures } from '../../../domain/features';
import { defineEngineDomain } from '../../decision';
import { hostNotFoundError } from '../../errors';
import type { Query } from '../../types';
import { findHost } from '../network/hosts';
import { onFeaturesHostChanged } from './boot';
import { decideInstall, decideRemove } from './decide';
import { featuresMigrations } from './migrations';
import { checkFeaturesSnapshot } from './snapshot-check';
import { featuresView, loadFeaturesState, startFeatures, type FeaturesState } from './state';

export const featuresDomain = defineEngineDomain<FeaturesState>({
  descriptor: featuresDescriptor,
  load: (entities) => loadFeaturesState(entities as { serverFeatures?: ServerFeatures[] }),
  collection: (slice) => slice.servers,
  commands: { featuresInstall: decideInstall, featuresRemove: decideRemove },
  queries: {
    hostFeatures: (state, _nowMs, query: Query) => {
      const name = (query as { host: string }).host;
      const host = findHost(state, name);
      const server = host && state.features.servers.get(host.id);
      return server ? { ok: true, value: featuresView(server) } : { ok: false, error: hostNotFoundError(name) };
    },
  },
  timers: {},
  check: checkFeaturesSnapshot,
  migrations: featuresMigrations,
  start: startFeatures,
  onHostChanged: onFeaturesHostChanged,
});
