// Makes sure a Chromium exists for the e2e tests without downloading a browser
// build (that is blocked on our machines): Debian's chromium is installed with
// apt when we run as root and none is found.
import { spawnSync } from 'node:child_process';
import { findChromium, SYSTEM_CHROMIUM } from './browser.mjs';

const found = await findChromium();
if (found) {
  console.log(`e2e browser: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const hasApt = spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
if (isRoot && hasApt) {
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
  console.log(`e2e browser: ${SYSTEM_CHROMIUM}`);
  process.exit(0);
}

console.error(
  'No Chromium for the e2e tests. Install one (Debian/Ubuntu: sudo apt-get install chromium), ' +
    'or set WERKZAAM_CHROMIUM to a Chromium executable.',
);
process.exit(1);
