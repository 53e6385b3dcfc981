// `npm run test:prod`: serves the built site with nginx exactly as
// deploy/nginx.conf says (headers, caching, compression, 404, trailing
// slashes), runs the production subset of the browser tests against it, and
// stops nginx again. Installs Debian's nginx first if it is missing (as root).
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { nginxHeaders } from './deploy/headers.mjs';

const root = resolve(import.meta.dirname, '..');
const dist = resolve(process.env.WERKZAAM_OUT_DIR ?? join(root, 'dist'));
const port = Number(process.env.WERKZAAM_PROD_PORT ?? 4480);

function findNginx() {
  for (const candidate of ['/usr/sbin/nginx', '/usr/bin/nginx']) if (existsSync(candidate)) return candidate;
  return undefined;
}

function installNginx() {
  if (process.getuid?.() !== 0) {
    console.error(
      'nginx is not installed. Install it (Debian/Ubuntu: sudo apt-get install nginx) and run again.',
    );
    process.exit(1);
  }
  console.log('nginx not found: installing Debian nginx with apt-get…');
  // Keep the package from starting a system nginx on port 80: only our own instance runs.
  const policy = '/usr/sbin/policy-rc.d';
  const hadPolicy = existsSync(policy);
  if (!hadPolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const ok =
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env }).status === 0 &&
    spawnSync('apt-get', ['install', '-y', '--no-install-recommends', 'nginx'], { stdio: 'inherit', env })
      .status === 0;
  if (!hadPolicy) unlinkSync(policy);
  if (!ok) process.exit(1);
}

if (!existsSync(join(dist, 'index.html'))) {
  console.error(`No built site in ${dist}. Run npm run build first.`);
  process.exit(1);
}
if (!findNginx()) installNginx();
const nginx = findNginx();

const prefix = mkdtempSync(join(tmpdir(), 'werkzaam-nginx-'));
const headers = join(prefix, 'werkzaam-headers.conf');
writeFileSync(headers, nginxHeaders(dist));
const conf = readFileSync(join(root, 'deploy/nginx.conf'), 'utf8')
  .replaceAll('{{ROOT}}', dist)
  .replaceAll('{{LISTEN}}', `127.0.0.1:${port}`)
  .replaceAll('{{HEADERS}}', headers)
  .replaceAll('{{PREFIX}}', prefix);
writeFileSync(join(prefix, 'nginx.conf'), conf);

const check = spawnSync(nginx, ['-t', '-p', prefix, '-c', join(prefix, 'nginx.conf')], { encoding: 'utf8' });
if (check.status !== 0) {
  console.error(`deploy/nginx.conf does not pass nginx -t:\n${check.stderr}`);
  process.exit(1);
}

const server = spawn(nginx, ['-p', prefix, '-c', join(prefix, 'nginx.conf'), '-g', 'daemon off;'], {
  stdio: 'inherit',
});
let status;
try {
  await waitFor(`http://127.0.0.1:${port}/`);
  const bin = join(root, 'node_modules/.bin');
  const run = spawnSync(join(bin, 'playwright'), ['test', '--config', 'playwright.prod.config.ts'], {
    stdio: 'inherit',
    cwd: root,
    env: { ...process.env, WERKZAAM_PROD_PORT: String(port), WERKZAAM_OUT_DIR: dist },
  });
  status = run.status ?? 1;
} finally {
  server.kill('SIGQUIT');
  await new Promise((done) => server.once('exit', done));
  rmSync(prefix, { recursive: true, force: true });
}
process.exit(status ?? 1);

async function waitFor(url) {
  for (let i = 0; i < 50; i++) {
    try {
      if ((await fetch(url)).ok) return;
    } catch {
      // not up yet
    }
    await new Promise((done) => setTimeout(done, 100));
  }
  throw new Error(`nginx did not answer at ${url}; see the messages above.`);
}
