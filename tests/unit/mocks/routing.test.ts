import { http, matchRequestUrl, type HttpHandler, type RequestHandler } from 'msw';
import { describe, expect, it } from 'vitest';
import { handlers } from '@/mocks/handlers';
import { candidateHandlers } from '@/mocks/routing';

// Every mock endpoint is an HttpHandler: its info carries the method and the path pattern.
const infoOf = (handler: RequestHandler) => handler.info as HttpHandler['info'];
const pathOf = (handler: RequestHandler) => String(infoOf(handler).path);
const methodOf = (handler: RequestHandler) => infoOf(handler).method;

/** What MSW itself decides: the handler's method and its path matched against the whole URL. */
function mswWouldTry(handler: RequestHandler, request: Request) {
  const method = methodOf(handler);
  return (
    typeof method === 'string' &&
    method.toUpperCase() === request.method.toUpperCase() &&
    matchRequestUrl(new URL(request.url), pathOf(handler)).matches
  );
}

// Every endpoint's path with its parameters filled in, and the ways a caller may vary it.
const endpointUrls = handlers.flatMap((handler) => {
  const path = pathOf(handler)
    .slice(1)
    .replace(/:\w+/g, (name) => `${name.slice(1)}-1`);
  return [
    `http://localhost:3000${path}`,
    `https://api.partner.example${path}?size=40&seekOperation=Next`,
    `http://localhost:3000${path}/`,
    `http://localhost:3000${path.toUpperCase()}`,
    `http://127.0.0.1:4010/api${path}`,
    `http://localhost:3000${path}/extra`,
    `http://localhost:3000${path.replace(/\/[^/]+$/, '')}`,
  ];
});
const oddUrls = [
  'http://localhost:3000/',
  'http://localhost:3000/v1',
  'http://localhost:3000/v1/',
  'http://localhost:3000/v1/customers//subscriptions',
  'http://localhost:3000/v1/%63ustomers',
  'http://localhost:3000/assets/index.js',
];
const methods = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'];

describe('narrowing the mock handlers before MSW tries them', () => {
  it('keeps exactly the handlers MSW would match, in their order, for every endpoint and variation', () => {
    const candidatesFor = candidateHandlers(handlers);
    let compared = 0;
    for (const url of [...endpointUrls, ...oddUrls]) {
      for (const method of methods) {
        const request = new Request(url, { method });
        expect(candidatesFor(request), `${method} ${url}`).toEqual(
          handlers.filter((handler) => mswWouldTry(handler, request)),
        );
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(handlers.length * methods.length * 7);
  });

  it('always keeps a handler whose path it cannot read', () => {
    const custom = http.get(
      () => true,
      () => new Response('custom'),
    );
    const withRegExp = http.get(/\/legacy\/.*/, () => new Response('legacy'));
    const candidatesFor = candidateHandlers([custom, withRegExp, ...handlers]);
    const request = new Request('http://localhost:3000/v1/me');
    expect(candidatesFor(request).slice(0, 2)).toEqual([custom, withRegExp]);
  });
});
