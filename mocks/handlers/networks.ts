// Networks: name, address range and what each is for.
import type { LabHostApi } from '../../src/host/types';
import { answerQuery } from './answer';
import { on } from './route';

export function networkHandlers(host: LabHostApi) {
  return [on('listNetworks', async () => answerQuery('listNetworks', await host.query({ type: 'networks' })))];
}
