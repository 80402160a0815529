// The event logs of every server, oldest first, filtered as Event Viewer filters them.
import { EVENTS_PAGE_DEFAULT } from '../../src/domain/event-log';
import { eventsQuerySchema } from '../../src/api/schemas';
import type { LabHostApi } from '../../src/host/types';
import { answerQuery } from './answer';
import { readQuery } from './request';
import { on } from './route';

export function eventHandlers(host: LabHostApi) {
  return [
    on('listEvents', async ({ request }) => {
      const query = readQuery(request, eventsQuerySchema);
      if (!query.ok) return query.response;
      const filter = { ...query.value, limit: query.value.limit ?? EVENTS_PAGE_DEFAULT };
      return answerQuery('listEvents', await host.query({ type: 'events', filter }));
    }),
  ];
}
