// Serves the built renderer for both hosts. Every request path is decoded, normalized and checked to stay
// inside the renderer folder: "..", encoded "%2e%2e", backslashes and NUL bytes never escape it.
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.wasm': 'application/wasm',
};

export interface StaticResponse {
  status: 200 | 400 | 404;
  contentType: string;
  body: Buffer | string;
}

/** The absolute file a URL path names inside root, or null when it would leave root. */
export function resolveStaticPath(root: string, urlPathname: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPathname);
  } catch {
    return null;
  }
  if (decoded.includes('\0') || decoded.includes('\\')) return null;
  const relative = decoded === '/' || decoded === '' ? 'index.html' : decoded.replace(/^\/+/, '');
  const resolvedRoot = path.resolve(root);
  const file = path.resolve(resolvedRoot, relative);
  if (file !== resolvedRoot && !file.startsWith(resolvedRoot + path.sep)) return null;
  return file;
}

export async function readStaticFile(root: string, urlPathname: string): Promise<StaticResponse> {
  const file = resolveStaticPath(root, urlPathname);
  if (!file) return { status: 400, contentType: 'text/plain; charset=utf-8', body: 'Bad path' };
  try {
    if (!(await stat(file)).isFile()) throw new Error('not a file');
    const type = contentTypes[path.extname(file).toLowerCase()] ?? 'application/octet-stream';
    return { status: 200, contentType: type, body: await readFile(file) };
  } catch {
    return { status: 404, contentType: 'text/plain; charset=utf-8', body: 'Not found' };
  }
}
