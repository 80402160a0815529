// The worker entry: the lab runs here, off the page's main thread, with real timers and IndexedDB.
// The page reaches it through comlink (src/host/client.ts).
import * as Comlink from 'comlink';
import type { HostMessage } from '../api/types';
import { LabHost } from './lab-host';
import { IndexedDbPersistence } from './persistence/indexed-db';
import { createRealScheduler } from './scheduler';
import type { LabHostApi } from './types';

const host = new LabHost({ scheduler: createRealScheduler(), persistence: new IndexedDbPersistence() });

/** What the worker exposes: LabHostApi, with the unsubscribe function marked for proxying. */
export type WorkerHostApi = Omit<LabHostApi, 'subscribe'> & {
  subscribe(listener: (message: HostMessage) => void): Promise<(() => void) & Comlink.ProxyMarked>;
};

// Functions cannot be structured-cloned: the unsubscribe function goes back as a comlink proxy.
const exposed: WorkerHostApi = {
  info: () => host.info(),
  newLab: (params) => host.newLab(params),
  getClock: () => host.getClock(),
  setClock: (clock) => host.setClock(clock),
  advance: (ms) => host.advance(ms),
  step: () => host.step(),
  dispatch: (command, answerWith) => host.dispatch(command, answerWith),
  validate: (command) => host.validate(command),
  query: (query) => host.query(query),
  exportLab: () => host.exportLab(),
  importLab: (file) => host.importLab(file),
  commandLog: () => host.commandLog(),
  keptAside: () => host.keptAside(),
  subscribe: async (listener: (message: HostMessage) => void) => Comlink.proxy(await host.subscribe(listener)),
};

Comlink.expose(exposed);
