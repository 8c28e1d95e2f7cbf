import { http, HttpResponse } from 'msw';
import { resetDb } from '../db/database';
import { getFaults, setFaults, type FaultSettings } from '../faults';
import { apiPath, pcError, readJsonBody } from '../http';
import { resetThrottling, throttledEndpoints } from '../throttling';

/**
 * Ours, and only in the mock: the developer panel drives fault scenarios and the demo reset over
 * HTTP, so the app never imports mock code and a real-API build carries none of it.
 * These bypass the fault scenarios themselves, or a dead "network" could never be revived.
 */
export const mockControlHandlers = [
  http.get(apiPath('/v1/_mock/faults'), () =>
    HttpResponse.json({
      ...getFaults(),
      throttledEndpoints: throttledEndpoints.map((endpoint) => endpoint.label),
    }),
  ),
  http.put(apiPath('/v1/_mock/faults'), async ({ request }) => {
    const next = (await readJsonBody(request)) as Partial<FaultSettings> | undefined;
    if (!next || typeof next !== 'object') {
      return pcError({
        status: 400,
        code: 800002,
        description: 'The body must be a JSON object of fault settings.',
      });
    }
    resetThrottling();
    return HttpResponse.json(setFaults(next));
  }),
  http.post(apiPath('/v1/_mock/reset'), () => {
    resetDb();
    resetThrottling();
    return new HttpResponse(null, { status: 204 });
  }),
];
