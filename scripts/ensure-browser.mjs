// Makes sure a Chromium exists for the e2e tests without downloading a browser
// build (that is blocked on our machines). Order: WERKZAAM_CHROMIUM, then
// /usr/bin/chromium, then (as root with apt) Debian's chromium, installed here,
// then Playwright's own browser on a laptop where it was installed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, SYSTEM_CHROMIUM } from './browser.mjs';

const override = process.env.WERKZAAM_CHROMIUM ?? process.env.CHROMIUM_PATH;
const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;

if (!override && !existsSync(SYSTEM_CHROMIUM) && isRoot && hasApt) {
  console.log('No Chromium found: installing Debian chromium with apt-get…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const steps = [
    ['apt-get', ['update', '-qq']],
    ['apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'chromium', 'fonts-dejavu-core']],
  ];
  for (const [cmd, args] of steps) {
    const r = spawnSync(cmd, args, { stdio: 'inherit', env });
    if (r.status !== 0) {
      console.error(`${cmd} ${args.join(' ')} failed.`);
      process.exit(1);
    }
  }
}

const found = await findChromium();
if (found) {
  console.log(`e2e browser: ${found}`);
  process.exit(0);
}
console.error(
  'No Chromium for the e2e tests. Install one (Debian/Ubuntu: sudo apt-get install chromium), ' +
    'or set WERKZAAM_CHROMIUM to a Chromium executable.',
);
process.exit(1);
