/**
 * `npm run bench:profile [-- --count 10000] [--rebuild] [--on-bench]`: one cold `npm run build`
 * of generated articles with V8's CPU profiler on in every process and thread (`--cpu-prof`
 * through NODE_OPTIONS), summarized into bench/profile.md: the build's phases from its log, then
 * for each thread the functions that took its time. It is the profile behind the README's
 * «Where the time goes». With `--rebuild`, the cold build runs without the profiler, one article
 * newer than all others is added, and the rebuild that follows is the one profiled, into
 * bench/profile-rebuild.md (bench/profile-rebuild-<count>.md for another count than 10,000):
 * what a build costs when one article is published. With `--on-bench` as well, the rebuild
 * runs on what the last `npm run bench` left at that count (its corpus, site and caches, in
 * bench/.work/<count>/) instead of a cold build of its own: at 100,000 articles that cold build
 * alone takes over half an hour.
 * Its corpus, raw profiles and logs stay in bench/.work/profile-<count>/ (git-ignored).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { addNewestArticle, generateCorpus } from './generate-corpus.ts';
import { summarizeProfile, type CpuProfile, type Timed } from './bench/cpu-profile.ts';
import { measuredRun } from './bench/measured-run.ts';

const ROOT = `${resolve('.')}/`;

/** Which process or thread a profile is from, by the code it ran. */
function roleOf(profile: CpuProfile): string {
  const urls = profile.nodes.map((node) => node.callFrame.url);
  if (urls.some((url) => url.includes('article-render-worker'))) return 'article render worker (content layer)';
  if (urls.some((url) => url.includes('astro/dist/core/build'))) return 'astro build, main thread';
  if (urls.some((url) => url.includes('scripts/build.ts'))) return "npm run build: the editors' check, then Pagefind";
  return 'other thread';
}

const table = (rows: Timed[]) =>
  ['| ms | function |', '| ---: | --- |', ...rows.map((row) => `| ${row.ms.toFixed(0)} | \`${row.name.replaceAll('|', '\\|')}\` |`)].join(
    '\n',
  );

async function main() {
  const { values } = parseArgs({
    options: {
      count: { type: 'string', default: '10000' },
      rebuild: { type: 'boolean', default: false },
      'on-bench': { type: 'boolean', default: false },
    },
  });
  const count = Number(values.count);
  const onBench = values['on-bench'];
  const rebuild = values.rebuild || onBench;
  if (!Number.isInteger(count) || count < 1) {
    console.error('usage: npm run bench:profile -- [--count 10000] [--rebuild] [--on-bench]');
    process.exit(2);
  }
  const work = resolve(`bench/.work/profile-${count}`);
  const profiles = join(work, 'profiles');
  rmSync(work, { recursive: true, force: true });
  mkdirSync(profiles, { recursive: true });
  // The bench's folders for that count (scripts/bench.ts), or a corpus of its own.
  const bench = resolve(`bench/.work/${count}`);
  const folders = onBench
    ? { root: bench, dist: join(bench, 'ours-dist'), cache: join(bench, 'ours-cache') }
    : { root: work, dist: join(work, 'dist'), cache: join(work, 'cache') };
  if (onBench) {
    if (!existsSync(join(bench, 'ours-dist'))) {
      console.error(`${bench}/ours-dist does not exist: run npm run bench -- --sizes ${count} first, or leave out --on-bench.`);
      process.exit(2);
    }
  } else {
    console.log(`generating ${count} articles…`);
    generateCorpus(count, work);
  }

  const build = (log: string, profiled: boolean) =>
    measuredRun({
      command: resolve('node_modules/.bin/node'),
      args: ['scripts/build.ts'],
      cwd: ROOT,
      env: {
        ...process.env,
        ASTRO_TELEMETRY_DISABLED: '1',
        ...(profiled ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profiles}` } : {}),
        ARABIC_NEWS_CONTENT_DIR: join(folders.root, 'content'),
        ARABIC_NEWS_OUT_DIR: folders.dist,
        ARABIC_NEWS_CACHE_DIR: folders.cache,
      },
      log,
    });
  if (onBench) {
    // Newer than any the bench or an earlier profile added: a day past them for each file there.
    const articles = readdirSync(join(bench, 'content', 'articles')).length;
    console.log(`adding ${addNewestArticle(bench, articles, articles - count + 1)} to the bench's ${articles} articles`);
  } else if (rebuild) {
    console.log('building cold, without the profiler…');
    const cold = await build(join(work, 'cold.log'), false);
    console.log(`  ${cold.seconds.toFixed(1)} s; adding ${addNewestArticle(work, count)}`);
  }
  console.log(`${rebuild ? 'rebuilding' : 'building'} with the CPU profiler on…`);
  const log = join(work, 'build.log');
  const run = await build(log, true);
  const phases = readFileSync(log, 'utf8')
    .split('\n')
    .filter((line) => /\[content\]|built in|Completed in|search index of/.test(line) && !line.includes('├─'));

  const threads = readdirSync(profiles)
    .filter((name) => name.endsWith('.cpuprofile'))
    .map((name) => {
      const profile = JSON.parse(readFileSync(join(profiles, name), 'utf8')) as CpuProfile;
      return { role: roleOf(profile), summary: summarizeProfile(profile, ROOT, 15) };
    })
    .sort((a, b) => b.summary.totalMs - a.summary.totalMs);

  const sections = threads.map(({ role, summary }) => {
    const busy = summary.totalMs - summary.idleMs;
    return [
      `### ${role}`,
      '',
      `${(summary.totalMs / 1000).toFixed(1)} s sampled: ${(busy / 1000).toFixed(1)} s busy, of which ${(summary.garbageMs / 1000).toFixed(1)} s collecting garbage; ${(summary.idleMs / 1000).toFixed(1)} s idle.`,
      '',
      'Own time (self):',
      '',
      table(summary.self),
      '',
      "The project's own functions, with everything they called (inclusive):",
      '',
      table(summary.inclusive),
    ].join('\n');
  });
  const what = rebuild ? 'the rebuild after adding one article to' : 'a cold build of';
  const report = [
    `# Where ${what} ${count.toLocaleString('en')} articles spends its time`,
    '',
    `Written by \`npm run bench:profile -- --count ${count}${onBench ? ' --on-bench' : rebuild ? ' --rebuild' : ''}\` on ${new Date().toISOString().slice(0, 10)}: ` +
      `${onBench ? 'one new article added to what the last `npm run bench` built, then the profiled `npm run build`' : rebuild ? 'a cold build, one new article, then the profiled `npm run build`' : 'one cold `npm run build`'}, ` +
      `${run.seconds.toFixed(1)} s with the profiler on (it slows the build), peak memory ${(run.peakBytes / 1024 ** 2).toFixed(0)} MB. ` +
      'Pagefind indexes in its own native process, which V8 does not profile: the build script waits for it.',
    '',
    "The build log's phases:",
    '',
    '```',
    ...phases,
    '```',
    '',
    ...sections.flatMap((section) => [section, '']),
  ].join('\n');
  const file = `bench/${rebuild ? 'profile-rebuild' : 'profile'}${count === 10000 ? '' : `-${count}`}.md`;
  writeFileSync(file, report);
  console.log(`wrote ${file} (${threads.length} threads profiled, build ${run.seconds.toFixed(1)} s)`);
}

await main();
