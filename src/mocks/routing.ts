import { getResponse, http, type RequestHandler } from 'msw';

/**
 * MSW offers a request to its handlers one after another, and each one parses the request (reads
 * its cookies, matches the URL against its path) before it even compares the method. With 80-odd
 * endpoints a call reached its own after dozens of such parses: a tenth of the test suite's CPU.
 * Here the handlers are narrowed first, with the rule MSW applies to our paths (a wildcard, then
 * `/v1/a/:id`): the URL's last segments are `v1`, `a` and one non-empty segment (case-insensitive,
 * an optional trailing slash, the query ignored). A handler whose path does not have that simple form is always
 * kept, so the narrowing can only skip handlers MSW would have skipped.
 */

interface RoutePattern {
  method: string;
  /** Lower-case literal segments, `null` for a parameter. */
  segments: Array<string | null>;
}

function patternOf(handler: RequestHandler): RoutePattern | undefined {
  const { method, path } = handler.info as { method?: unknown; path?: unknown };
  if (typeof method !== 'string' || typeof path !== 'string' || !path.startsWith('*/')) return undefined;
  const segments = path.slice(2).split('/');
  if (!segments.every((segment) => /^(:\w+|[\w.-]+)$/.test(segment))) return undefined;
  return {
    method: method.toUpperCase(),
    segments: segments.map((segment) => (segment.startsWith(':') ? null : segment.toLowerCase())),
  };
}

function pathSegments(url: string): string[] {
  const segments = new URL(url).pathname.split('/').slice(1);
  if (segments.length > 1 && segments.at(-1) === '') segments.pop();
  return segments;
}

function matches(pattern: RoutePattern, method: string, segments: string[]): boolean {
  if (pattern.method !== method) return false;
  const offset = segments.length - pattern.segments.length;
  if (offset < 0) return false;
  return pattern.segments.every((literal, index) => {
    const segment = segments[offset + index] ?? '';
    return literal === null ? segment !== '' : segment.toLowerCase() === literal;
  });
}

/** The handlers that may answer a request, in their original order (exported for its unit test). */
export function candidateHandlers(handlers: readonly RequestHandler[]) {
  const patterns = handlers.map(patternOf);
  return (request: Request): RequestHandler[] => {
    const method = request.method.toUpperCase();
    const segments = pathSegments(request.url);
    return handlers.filter((_, index) => {
      const pattern = patterns[index];
      return pattern === undefined || matches(pattern, method, segments);
    });
  };
}

/**
 * One MSW handler standing for the list: it claims a request only when one of the list's handlers
 * may answer it, so a request none answers is still unhandled (and reported) as before.
 */
export function routed(handlers: readonly RequestHandler[]): RequestHandler {
  const candidatesFor = candidateHandlers(handlers);
  const candidates = new WeakMap<Request, RequestHandler[]>();
  return http.all(
    ({ request }) => {
      const found = candidatesFor(request);
      candidates.set(request, found);
      return found.length > 0;
    },
    ({ request }) => getResponse(candidates.get(request) ?? candidatesFor(request), request),
  );
}
