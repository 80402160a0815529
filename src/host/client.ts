// The page's side of the worker host: the same LabHostApi, each call a message to the worker.
import * as Comlink from 'comlink';
import type { HostMessage } from '../api/types';
import type { LabHostApi } from './types';
import type { WorkerHostApi } from './worker';

export function startWorkerHost(): LabHostApi {
  const worker = new Worker(new URL('./worker.ts', import.meta.url), { type: 'module', name: 'ha-lab-host' });
  const remote = Comlink.wrap<WorkerHostApi>(worker);
  return {
    info: () => remote.info(),
    newLab: (params) => remote.newLab(params),
    getClock: () => remote.getClock(),
    setClock: (clock) => remote.setClock(clock),
    advance: (ms) => remote.advance(ms),
    step: () => remote.step(),
    dispatch: (command, answerWith) => remote.dispatch(command, answerWith),
    validate: (command) => remote.validate(command),
    query: (query) => remote.query(query),
    exportLab: () => remote.exportLab(),
    importLab: (file) => remote.importLab(file),
    commandLog: () => remote.commandLog(),
    keptAside: () => remote.keptAside(),
    async subscribe(listener: (message: HostMessage) => void) {
      // The listener stays in the page; the worker calls it through a proxy.
      const unsubscribe = await remote.subscribe(Comlink.proxy(listener));
      return () => {
        void unsubscribe().finally(() => unsubscribe[Comlink.releaseProxy]());
      };
    },
  };
}
