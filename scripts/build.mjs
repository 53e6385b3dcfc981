// Builds the site and its search index. If any step fails, the half-built
// output is removed: nothing partial is ever published or served.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { delimiter, resolve } from 'node:path';

const outDir = process.env.WERKZAAM_OUT_DIR ?? 'dist';
// Works when called directly with node, not only through npm run.
const bin = resolve(import.meta.dirname, '../node_modules/.bin');
const env = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', PATH: `${bin}${delimiter}${process.env.PATH}` };

function run(command, args) {
  const result = spawnSync(command, args, { stdio: 'inherit', env });
  if (result.error) console.error(`Could not run ${command}: ${result.error.message}`);
  return result.status === 0;
}

const ok =
  run('astro', ['build']) && run('pagefind', ['--site', outDir, '--force-language', 'nl', '--quiet']);

if (!ok) {
  rmSync(outDir, { recursive: true, force: true });
  console.error(
    `\nBuild failed: ${outDir}/ was removed so no partial site is published. See the message above.`,
  );
  process.exit(1);
}
