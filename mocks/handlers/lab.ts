// The lab as a whole: read it, start a new one, export it to a file, import one.
import { routes } from '../../src/api/routes';
import type { LabHostApi } from '../../src/host/types';
import { labErrorResponse } from '../problem';
import { answer } from './answer';
import { readBody, readJson } from './request';
import { on } from './route';

export function labHandlers(host: LabHostApi) {
  return [
    on('getLab', async () => answer('getLab', await host.info())),

    on('newLab', async ({ request }) => {
      const body = await readBody(request, routes.newLab.body);
      if (!body.ok) return body.response;
      return answer('newLab', await host.newLab(body.value));
    }),

    on('exportLab', async () => answer('exportLab', await host.exportLab())),

    // The file's shape and meaning are the host's to judge: a bad file is a 422 naming what is wrong.
    on('importLab', async ({ request }) => {
      const json = await readJson(request);
      if (!json.ok) return json.response;
      const result = await host.importLab(json.value);
      return result.ok ? answer('importLab', result.info) : labErrorResponse(result.error);
    }),
  ];
}
