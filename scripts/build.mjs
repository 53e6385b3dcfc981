// Builds the site and its search index. If any step fails, the half-built
// output is removed: nothing partial is ever published or served.
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { delimiter, join, resolve } from 'node:path';

const outDir = process.env.WERKZAAM_OUT_DIR ?? 'dist';
// Works when called directly with node, not only through npm run.
const bin = resolve(import.meta.dirname, '../node_modules/.bin');
// Always a production build, whatever the shell or test runner set (Vitest sets NODE_ENV=test):
// otherwise Preact's JSX is compiled in dev mode, and the islands ship larger and carry this
// machine's absolute file paths, so two checkouts of one commit build different bytes.
const env = {
  ...process.env,
  NODE_ENV: 'production',
  ASTRO_TELEMETRY_DISABLED: '1',
  PATH: `${bin}${delimiter}${process.env.PATH}`,
};

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

/** The installable, offline-capable site: manifest, icons, then the service worker over all of it. */
async function offline() {
  try {
    const { writeWebApp } = await import('./offline/web-app.mjs');
    const { writeServiceWorker, PRECACHE_BUDGET_BYTES } = await import('./offline/service-worker.mjs');
    const { netlifyHeaders } = await import('./deploy/headers.mjs');
    await writeWebApp(outDir, resolve(import.meta.dirname, '../public'));
    // The same headers as deploy/nginx.conf, for Netlify and Cloudflare Pages (docs/deploy.md).
    writeFileSync(join(outDir, '_headers'), netlifyHeaders(outDir));
    const { count, size, swBytes, warnings } = await writeServiceWorker(outDir);
    for (const warning of warnings) console.error(`Service worker: ${warning}`);
    const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
    console.log(
      `Offline: ${count} files precached, ${mb(size)} (budget ${mb(PRECACHE_BUDGET_BYTES)}); sw.js ${(swBytes / 1024).toFixed(1)} KB`,
    );
    if (size > PRECACHE_BUDGET_BYTES) {
      console.error(
        `The precache is ${mb(size)}, over its budget of ${mb(PRECACHE_BUDGET_BYTES)}.\n` +
          'Fix: find what grew (du -sh dist/*), or raise PRECACHE_BUDGET_BYTES in scripts/offline/service-worker.mjs and say why.',
      );
      return false;
    }
    return warnings.length === 0;
  } catch (error) {
    console.error(`Could not make the site work offline: ${error instanceof Error ? error.message : error}`);
    return false;
  }
}

const ok =
  run('astro', ['build']) &&
  run('pagefind', ['--site', outDir, '--force-language', 'nl', '--quiet']) &&
  (await offline());

if (!ok) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${outDir}/ was removed so no partial site is published. See the message above.`,
  );
  process.exit(1);
}
