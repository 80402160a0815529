// The lab clock: its settings (paused, speed), and moving virtual time by hand.
import { routes } from '../../src/api/routes';
import type { LabHostApi } from '../../src/host/types';
import { answer } from './answer';
import { readBody } from './request';
import { on } from './route';

export function clockHandlers(host: LabHostApi) {
  return [
    on('getClock', async () => answer('getClock', await host.getClock())),

    on('setClock', async ({ request }) => {
      const body = await readBody(request, routes.setClock.body);
      if (!body.ok) return body.response;
      return answer('setClock', await host.setClock(body.value));
    }),

    on('advanceClock', async ({ request }) => {
      const body = await readBody(request, routes.advanceClock.body);
      if (!body.ok) return body.response;
      return answer('advanceClock', await host.advance(body.value.ms));
    }),

    on('stepClock', async () => answer('stepClock', await host.step())),
  ];
}
