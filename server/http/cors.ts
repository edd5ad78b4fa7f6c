/**
 * CORS from CORS_ORIGIN: unset or empty — same origin only (no CORS headers at all); `*` — any origin; otherwise a
 * comma-separated list of allowed origins (https://intranet.example.edu,http://localhost:5173).
 */
import type { IncomingMessage, ServerResponse } from 'http';

export interface CorsPolicy {
  /** Sets the CORS headers for an allowed origin; answers a preflight and returns true when it was one. */
  handle(request: IncomingMessage, response: ServerResponse): boolean;
}

const ALLOWED_HEADERS = 'content-type, apollo-require-preflight, x-apollo-operation-name';

export function corsPolicy(setting: string | undefined): CorsPolicy {
  const origins = (setting ?? '')
    .split(',')
    .map((origin) => origin.trim().replace(/\/+$/, ''))
    .filter(Boolean);
  const anyOrigin = origins.includes('*');
  const allowed = new Set(origins);
  return {
    handle(request, response) {
      const origin = request.headers.origin;
      const permitted = origin !== undefined && (anyOrigin || allowed.has(origin));
      if (permitted) {
        response.setHeader('access-control-allow-origin', anyOrigin ? '*' : origin);
        response.setHeader('vary', 'Origin');
      }
      const preflight = request.method === 'OPTIONS' && request.headers['access-control-request-method'] !== undefined;
      if (!preflight) return false;
      if (permitted) {
        response.setHeader('access-control-allow-methods', 'GET, POST, OPTIONS');
        response.setHeader('access-control-allow-headers', ALLOWED_HEADERS);
        response.setHeader('access-control-max-age', '600');
      }
      response.statusCode = 204;
      response.end();
      return true;
    },
  };
}
