// npm run bench: builds synthetic sites of 1,000, 3,000 and 10,000 entries
// (scripts/bench/generate.mjs) with the search index and writes the figures to
// docs/benchmarks.md (the table between the BENCH markers; the rest of the file
// is prose kept by hand). Sizes can be chosen: `npm run bench -- 1000 3000`.
// Each size is built twice: the second build has no content change, so it shows
// what Astro's data store saves. `npm run bench -- --peer 1000` also builds the
// peer, Starlight (scripts/bench/peer.mjs), with the same entries in the same run.
//
// Each phase is timed from Astro's own log lines as they arrive; peak memory is
// the largest resident set of any one process, from GNU time (/usr/bin/time -v)
// when installed, else from sampling /proc while the build runs.
import { spawn, spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { clearInterval, setInterval } from 'node:timers';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { generateSite } from './generate.mjs';
import { measureDist } from './measure.mjs';
import { ensurePeer, peerBuild, writePeerContent } from './peer.mjs';

const root = resolve(import.meta.dirname, '../..');
const bin = join(root, 'node_modules/.bin');
const sizes = process.argv.slice(2).map(Number).filter(Boolean);
const PEER = process.argv.includes('--peer');
const SIZES = sizes.length > 0 ? sizes : [1000, 3000, 10000];
const GNU_TIME = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

/** Runs a command, timestamping every output line; returns lines, seconds and peak RSS (MB). */
function run(command, args, env, cwd = root) {
  return new Promise((done, fail) => {
    const started = performance.now();
    const [cmd, argv] = GNU_TIME ? [GNU_TIME, ['-v', command, ...args]] : [command, args];
    const child = spawn(cmd, argv, { cwd, env: { ...process.env, ...env } });
    const lines = [];
    let peakKb = 0;
    const sample = GNU_TIME
      ? undefined
      : setInterval(() => (peakKb = Math.max(peakKb, treeRss(child.pid))), 250);
    let rest = '';
    const onData = (chunk) => {
      const text = rest + chunk.toString();
      const parts = text.split('\n');
      rest = parts.pop() ?? '';
      const at = (performance.now() - started) / 1000;
      for (const line of parts) lines.push({ at, line });
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', fail);
    child.on('close', (code) => {
      if (sample) clearInterval(sample);
      const seconds = (performance.now() - started) / 1000;
      const rss = lines.map((l) => /Maximum resident set size \(kbytes\): (\d+)/.exec(l.line)).find(Boolean);
      if (rss) peakKb = Number(rss[1]);
      // CPU seconds (user + system) compare better than wall time on a shared machine.
      const cpu = ['User', 'System']
        .map((kind) =>
          lines.map((l) => new RegExp(`${kind} time \\(seconds\\): ([\\d.]+)`).exec(l.line)).find(Boolean),
        )
        .reduce((sum, m) => sum + (m ? Number(m[1]) : NaN), 0);
      if (code !== 0) {
        fail(
          new Error(
            `${command} failed (${code}):\n${lines
              .slice(-30)
              .map((l) => l.line)
              .join('\n')}`,
          ),
        );
        return;
      }
      done({ lines, seconds, cpu, peakMb: peakKb / 1024 });
    });
  });
}

/** Largest resident set (kB) of one process among `pid` and its descendants. */
function treeRss(pid) {
  let peak = 0;
  const queue = [pid];
  while (queue.length > 0) {
    const p = queue.pop();
    try {
      const status = readFileSync(`/proc/${p}/status`, 'utf8');
      peak = Math.max(peak, Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0));
      const children = readFileSync(`/proc/${p}/task/${p}/children`, 'utf8').trim();
      if (children) queue.push(...children.split(/\s+/).map(Number));
    } catch {
      // The process ended between two samples.
    }
  }
  return peak;
}

const at = (lines, pattern) => lines.find((l) => pattern.test(l.line))?.at;

/** Phase times (seconds) from Astro's log lines. */
function phases(lines) {
  const syncStart = at(lines, /\[content\] Syncing content/);
  const syncEnd = at(lines, /\[content\] Synced content/);
  const compileStart = at(lines, /Building static entrypoints/);
  const renderStart = at(lines, /generating static routes/);
  const renderEnd = at(lines, /page\(s\) built in/);
  // Per-page render times as Astro reports them: "/elementen/x/index.html (+12ms)".
  const perPage = { elementen: [], all: [] };
  for (const { line } of lines) {
    const m = /\/([a-z]+)\/[^/\s]+\/index\.html \(\+(\d+)ms\)/.exec(line);
    if (!m) continue;
    perPage.all.push(Number(m[2]));
    if (m[1] === 'elementen') perPage.elementen.push(Number(m[2]));
  }
  return {
    sync: syncEnd - syncStart,
    compile: renderStart - compileStart,
    render: renderEnd - renderStart,
    elementMs: median(perPage.elementen),
    pageMs: median(perPage.all),
  };
}

const median = (xs) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
};

async function bench(size) {
  const work = mkdtempSync(join(tmpdir(), `werkzaam-bench-${size}-`));
  try {
    const content = join(work, 'content');
    const out = join(work, 'dist');
    const counts = generateSite(content, size);
    const env = {
      WERKZAAM_CONTENT_DIR: content,
      WERKZAAM_OUT_DIR: out,
      WERKZAAM_CACHE_DIR: join(work, 'cache'),
      ASTRO_TELEMETRY_DISABLED: '1',
      NO_COLOR: '1',
      FORCE_COLOR: '0',
    };
    console.log(`bench ${size}: ${JSON.stringify(counts)}`);
    const loadBefore = loadavg()[0];
    const astro = await run(join(bin, 'astro'), ['build'], env);
    const pagefind = await run(
      join(bin, 'pagefind'),
      ['--site', out, '--force-language', 'nl', '--quiet'],
      env,
    );
    const dist = measureDist(out);
    const loadFirst = (loadBefore + loadavg()[0]) / 2;
    // The same build again, nothing changed: the data store keeps every entry.
    const again = await run(join(bin, 'astro'), ['build'], env);
    const againIndex = await run(
      join(bin, 'pagefind'),
      ['--site', out, '--force-language', 'nl', '--quiet'],
      env,
    );
    let peer;
    if (PEER) {
      const docs = join(work, 'peer-docs');
      const { sidebar } = writePeerContent(content, docs);
      const build = peerBuild(docs, join(work, 'peer-dist'), join(work, 'peer-cache'), sidebar);
      const loadPeer = loadavg()[0];
      const result = await run(build.command, build.args, { ...env, ...build.env }, build.cwd);
      peer = {
        seconds: result.seconds,
        cpu: result.cpu,
        peakMb: result.peakMb,
        load: (loadPeer + loadavg()[0]) / 2,
        pages: measureDist(join(work, 'peer-dist')).pages,
      };
    }
    const result = {
      entries: size,
      ...dist,
      ...phases(astro.lines),
      pagefind: pagefind.seconds,
      total: astro.seconds + pagefind.seconds,
      cpu: astro.cpu + pagefind.cpu,
      load: loadFirst,
      astroMb: astro.peakMb,
      pagefindMb: pagefind.peakMb,
      second: again.seconds + againIndex.seconds,
      secondCpu: again.cpu + againIndex.cpu,
      astroCpu: astro.cpu,
      pagefindCpu: pagefind.cpu,
      peer,
    };
    console.log(result);
    return result;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const f1 = (x) => (Number.isFinite(x) ? x.toFixed(1) : '–');
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
const mb = (bytes) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

function table(results) {
  const head = [
    '| entries | pages | total s | CPU s | load | content sync s | MDX compile + bundle s | rendering s | Pagefind s | render ms/page (median; element) | peak MB astro / pagefind | dist | index | median entry page gzip | largest page gzip |',
    '|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|',
  ];
  const rows = results.map(
    (r) =>
      `| ${r.entries.toLocaleString('en')} | ${r.pages} | ${f1(r.total)} | ${f1(r.cpu)} | ${f1(r.load)} | ${f1(r.sync)} | ${f1(r.compile)} | ${f1(r.render)} | ${f1(r.pagefind)} | ${r.pageMs}; ${r.elementMs} | ${Math.round(r.astroMb)} / ${Math.round(r.pagefindMb)} | ${mb(r.distBytes)} | ${mb(r.indexBytes)} | ${kb(r.medianEntryGzip)} | ${kb(r.largest.gzip)} (${r.largest.path}) |`,
  );
  const heavy = results.map(
    (r) =>
      `- ${r.entries.toLocaleString('en')} entries: ${r.heaviest.map((p) => `${p.path} ${kb(p.gzip)}`).join(', ')}`,
  );
  const second = results.map(
    (r) =>
      `- ${r.entries.toLocaleString('en')} entries: second build ${f1(r.second)} s wall, ${f1(r.secondCpu)} CPU s = ${(r.second / r.total).toFixed(2)}× the first (${(r.secondCpu / r.cpu).toFixed(2)}× in CPU seconds)`,
  );
  const peers = results.filter((r) => r.peer);
  const peerTable = peers.length
    ? [
        '',
        'Side by side with Starlight 0.42 (same entries: title, description, body; a sidebar of ten links), one run:',
        '',
        '| entries | site | pages | wall s | CPU s | load | peak MB per process | wall ratio to Starlight | CPU ratio |',
        '|---|---|---|---|---|---|---|---|---|',
        ...peers.flatMap((r) => [
          `| ${r.entries.toLocaleString('en')} | Werkzaam (astro build + Pagefind) | ${r.pages} | ${f1(r.total)} | ${f1(r.cpu)} (astro ${f1(r.astroCpu)}, Pagefind ${f1(r.pagefindCpu)}) | ${f1(r.load)} | astro ${Math.round(r.astroMb)}, Pagefind ${Math.round(r.pagefindMb)} | ${(r.total / r.peer.seconds).toFixed(2)}× | ${(r.cpu / r.peer.cpu).toFixed(2)}× |`,
          `| ${r.entries.toLocaleString('en')} | Starlight (astro build, Pagefind inside) | ${r.peer.pages} | ${f1(r.peer.seconds)} | ${f1(r.peer.cpu)} | ${f1(r.peer.load)} | astro ${Math.round(r.peer.peakMb)} | 1.00× | 1.00× |`,
        ]),
      ]
    : [];
  return [
    `Measured ${new Date().toISOString().slice(0, 16).replace('T', ' ')} UTC on ${cpus().length} cores, ${mb(totalmem())} RAM, Node ${process.versions.node}.`,
    '',
    ...head,
    ...rows,
    '',
    'Heaviest pages (gzip):',
    '',
    ...heavy,
    '',
    'Second build, no content changed (same cache folder):',
    '',
    ...second,
    ...peerTable,
  ].join('\n');
}

if (PEER) ensurePeer();
const results = [];
for (const size of SIZES) results.push(await bench(size));
const file = join(root, 'docs/benchmarks.md');
const text = existsSync(file)
  ? readFileSync(file, 'utf8')
  : '# Benchmarks\n\n<!-- BENCH:START -->\n<!-- BENCH:END -->\n';
const updated = text.replace(
  /<!-- BENCH:START -->[\s\S]*<!-- BENCH:END -->/,
  `<!-- BENCH:START -->\n${table(results)}\n<!-- BENCH:END -->`,
);
writeFileSync(file, updated);
// The table is written by hand-rolled strings; prettier gives it the house layout.
spawnSync(join(bin, 'prettier'), ['--write', file], { stdio: 'ignore' });
console.log(`\nWrote docs/benchmarks.md\n${table(results)}`);
