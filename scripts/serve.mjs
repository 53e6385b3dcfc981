// A small static server for the built site, used by the browser tests. Astro's
// own preview allows one server per project, so the tests could not run while
// someone has `npm start` open.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';

const root = resolve(process.env.WERKZAAM_OUT_DIR ?? 'dist');
const port = Number(process.argv[2] ?? 4329);
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.wasm': 'application/wasm',
  '.pf_meta': 'application/octet-stream',
};

function fileFor(pathname) {
  const safe = normalize(pathname).replace(/^(\.\.[/\\])+/, '');
  let file = join(root, safe);
  if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
  return existsSync(file) ? file : undefined;
}

function decodedPath(url) {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname);
  } catch {
    return undefined;
  }
}

createServer((req, res) => {
  // A malformed address (`/%E0%A4%A`) is the visitor's mistake: say so, keep serving.
  const pathname = decodedPath(req.url);
  if (pathname === undefined) {
    res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8' }).end('Ongeldig adres');
    return;
  }
  if (!pathname.endsWith('/') && !extname(pathname) && fileFor(`${pathname}/`)) {
    res.writeHead(301, { location: `${encodeURI(pathname)}/` }).end();
    return;
  }
  const file = fileFor(pathname);
  if (!file) {
    const notFound = fileFor('/404.html');
    res.writeHead(404, { 'content-type': 'text/html; charset=utf-8' });
    if (notFound) createReadStream(notFound).pipe(res);
    else res.end('Niet gevonden');
    return;
  }
  res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
  createReadStream(file).pipe(res);
}).listen(port, '127.0.0.1', () => console.log(`Serving ${root} at http://127.0.0.1:${port}/`));
