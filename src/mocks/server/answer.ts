import { getResponse } from 'msw';
import { handlers } from '../handlers';
import { pcError } from '../http';
import { candidateHandlers } from '../routing';

/** Partner Center publishes no body limit; 1 MiB is far above any documented request. */
export const maxBodyBytes = 1024 * 1024;

export function bodyTooLarge() {
  return pcError({
    status: 413,
    code: 800002,
    errorName: 'RequestEntityTooLarge',
    description: `The request body is larger than ${maxBodyBytes} bytes.`,
  });
}

const methodsWithBody = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const handlersFor = candidateHandlers(handlers);

/**
 * The HTTP mock's whole request path, outside any socket: the same MSW handlers the browser uses,
 * plus what a real server must answer that a service worker never sees (malformed JSON, bodies
 * too large, paths nothing serves), always with a Partner Center error body, never a stack trace.
 * The API-level tests call it in-process; `npm run api` puts it behind a port.
 */
export async function answer(request: Request): Promise<Response> {
  try {
    const body = methodsWithBody.has(request.method) ? await request.text() : '';
    if (new TextEncoder().encode(body).byteLength > maxBodyBytes) return bodyTooLarge();
    if (body.trim() !== '' && !isJson(body)) {
      return pcError({
        status: 400,
        code: 800002,
        errorName: 'InvalidInput',
        description: 'The request body is not valid JSON.',
      });
    }
    const replay = new Request(request.url, {
      method: request.method,
      headers: request.headers,
      ...(methodsWithBody.has(request.method) && body !== '' ? { body } : {}),
    });
    const response = await getResponse(handlersFor(replay), replay);
    if (response) return response;
    const { pathname } = new URL(request.url);
    return pcError({
      status: 404,
      code: 1000,
      errorName: 'NotFound',
      description: `No resource answers ${request.method} ${pathname}.`,
    });
  } catch {
    return pcError({
      status: 500,
      code: 800003,
      description: 'An unexpected error occurred in the service. Try again later.',
    });
  }
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}
