/**
 * The built web client (dist/web) at `/`: files by path, and index.html for any other path without a file extension
 * (the explorer routes in the browser). Paths never leave the web folder. Without a build, a short page says how to make one.
 */
import { createReadStream, promises as fs } from 'fs';
import type { IncomingMessage, ServerResponse } from 'http';
import path from 'path';
import { CONTENT_TYPES } from './content-types';

export async function serveStatic({
  webDir,
  pathname,
  request,
  response,
}: {
  webDir: string;
  pathname: string;
  request: IncomingMessage;
  response: ServerResponse;
}): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD')
    return send(response, {
      status: 405,
      type: 'text/plain; charset=utf-8',
      body: 'Method not allowed\n',
      headers: { allow: 'GET, HEAD' },
    });
  const root = path.resolve(webDir);
  const index = path.join(root, 'index.html');
  if (!(await isFile(index)))
    return send(response, { status: 200, type: 'text/html; charset=utf-8', body: NOT_BUILT_PAGE });
  let relative: string;
  try {
    relative = decodeURIComponent(pathname);
  } catch {
    return send(response, { status: 400, type: 'text/plain; charset=utf-8', body: 'Bad request: malformed path\n' });
  }
  const file = path.resolve(root, `.${path.posix.normalize(`/${relative}`)}`);
  if (file !== root && !file.startsWith(`${root}${path.sep}`)) return send(response, NOT_FOUND);
  if (await isFile(file)) return sendFile(file, request, response, cacheControl(root, file));
  if (path.extname(file) !== '') return send(response, NOT_FOUND);
  return sendFile(index, request, response, 'no-cache');
}

/** Vite names assets by content hash, so they never change; index.html must be revalidated to pick up new builds. */
function cacheControl(root: string, file: string): string {
  return file.startsWith(path.join(root, 'assets') + path.sep) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

async function isFile(file: string): Promise<boolean> {
  return fs.stat(file).then(
    (stat) => stat.isFile(),
    () => false,
  );
}

function sendFile(file: string, request: IncomingMessage, response: ServerResponse, cache: string): Promise<void> {
  response.statusCode = 200;
  response.setHeader('content-type', CONTENT_TYPES[path.extname(file).toLowerCase()] ?? 'application/octet-stream');
  response.setHeader('cache-control', cache);
  response.setHeader('x-content-type-options', 'nosniff');
  if (request.method === 'HEAD') {
    response.end();
    return Promise.resolve();
  }
  return new Promise((resolve) => {
    const stream = createReadStream(file);
    stream.on('error', () => {
      if (!response.headersSent) response.statusCode = 500;
      response.end();
      resolve();
    });
    stream.on('end', resolve);
    stream.pipe(response);
  });
}

/** A short answer of its own (an error, the not-built page), not a file. */
interface Reply {
  status: number;
  type: string;
  body: string;
  headers?: Record<string, string>;
}

function send(response: ServerResponse, { status, type, body, headers = {} }: Reply): void {
  response.statusCode = status;
  response.setHeader('content-type', type);
  for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
  response.end(body);
}

const NOT_FOUND: Reply = { status: 404, type: 'text/plain; charset=utf-8', body: 'Not found\n' };

const NOT_BUILT_PAGE = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>governance-kg: explorer not built</title></head>
<body>
<h1>The explorer is not built</h1>
<p>The GraphQL API is running at <a href="/graphql">/graphql</a> (health: <a href="/health">/health</a>),
but the web client has not been built into <code>dist/web</code>.</p>
<p>Build it with <code>npm run build</code> (or run <code>npm start</code>, which builds, ingests the samples and serves), then reload this page.</p>
</body></html>
`;
