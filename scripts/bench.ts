/**
 * `npm run bench [-- --json] [--mb 20] [--reference-mb 1] [--rounds 1]`:
 * throughput of the built CLI on a ≥ 20 MB corpus (one worker and --jobs 2),
 * start-up to exit for one short article, peak RSS, and compromise's full
 * tagger over a sample of the same corpus in the same run, so the ratios hold
 * on a noisy machine. Definitions and latest numbers: docs/performance.md.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { splitSentences } from '../src/text/sentences';
import { packageRoot } from '../src/util/paths';
import { bundleCli } from './bundle';
import { freshBundle } from '../src/cli/load-bundle';

interface Options {
  json: boolean;
  mb: number;
  /** 0 skips the compromise reference. */
  referenceMb: number;
  /** 0 skips the start-up measurement. */
  startupRuns: number;
  /** --jobs 1 and --jobs 2 runs, alternated; medians are reported. */
  rounds: number;
}

interface SourceArticle {
  text: string;
  published: string | null;
}

interface Corpus {
  path: string;
  bytes: number;
  articles: number;
  sentences: number;
  conflictSources: number;
  nonConflictSources: number;
  generated: number;
}

interface CliRun {
  jobs: number;
  seconds: number;
  /** User + system CPU time of the child: less sensitive to other load than wall clock. */
  cpuSeconds: number | null;
  /** CPU time of the node main thread alone (Linux), null when it could not be sampled. */
  mainThreadCpuSeconds: number | null;
  exitCode: number | null;
  maxRssMb: number | null;
  mbPerSecond: number;
  articlesPerSecond: number;
  sentencesPerSecond: number;
  stderr: string;
}

const TARGETS = { referenceRatio: 10, startupMs: 150, peakRssMb: 200, jobs2Speedup: 1.8 };
/** Share of generated articles drawn from conflict sentences: most news is not about conflict. */
const CONFLICT_SHARE = 0.35;
const SHORT_ARTICLE =
  'KAFR TEST, March 18 (Bench) - Gunmen killed two farmers and wounded three others in an attack on a village market on Monday, local officials said.';

const USAGE =
  'usage: npm run bench -- [--json] [--mb 20] [--reference-mb 1 (0: skip)] [--startup-runs 10 (0: skip)] [--rounds 1]\n' +
  '  --rounds N alternates the --jobs 1 and --jobs 2 runs N times and reports the medians (steadier on a shared machine);\n' +
  '  a quick run: --mb 5 --reference-mb 0 --startup-runs 0';

function parseArgs(argv: string[]): Options {
  const opts: Options = { json: false, mb: 20, referenceMb: 1, startupRuns: 10, rounds: 1 };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const num = (min: number): number => {
      const v = Number(argv[++i]);
      if (!(v >= min)) throw new Error(`${a} needs a number ≥ ${min}`);
      return v;
    };
    if (a === '--json') opts.json = true;
    else if (a === '--mb') opts.mb = num(0.01);
    else if (a === '--reference-mb') opts.referenceMb = num(0);
    else if (a === '--startup-runs') opts.startupRuns = Math.round(num(0));
    else if (a === '--rounds') opts.rounds = Math.max(1, Math.round(num(1)));
    else if (a === '--help' || a === '-h') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a} (${USAGE})`);
  }
  return opts;
}

/** Deterministic PRNG (mulberry32): the same corpus on every run and machine. */
function prng(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function readJsonl(file: string): SourceArticle[] {
  const out: SourceArticle[] = [];
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (line.trim() === '') continue;
    try {
      const row = JSON.parse(line) as { text?: unknown; published?: unknown };
      if (typeof row.text === 'string' && row.text.trim() !== '') {
        out.push({ text: row.text, published: typeof row.published === 'string' ? row.published : null });
      }
    } catch {
      // The corpus is being written by others: a bad line is skipped, not fatal to the benchmark.
    }
  }
  return out;
}

/** The dev corpus (test/corpus/*.jsonl) split into conflict and non-conflict articles; the seeds when there is none yet. */
function loadSources(root: string): { conflict: SourceArticle[]; nonConflict: SourceArticle[] } {
  const dir = join(root, 'test', 'corpus');
  // Held-out files are only ever scored by the lead (test/corpus/README-holdout*.md): not even speed runs read them.
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.jsonl') && !f.startsWith('holdout')).sort() : [];
  const conflict: SourceArticle[] = [];
  const nonConflict: SourceArticle[] = [];
  for (const f of files) (f.startsWith('non-conflict') ? nonConflict : conflict).push(...readJsonl(join(dir, f)));
  if (conflict.length === 0) {
    const seeds = join(root, 'seeds');
    for (const f of readdirSync(seeds).filter((n) => n.endsWith('.txt')).sort()) {
      conflict.push({ text: readFileSync(join(seeds, f), 'utf8'), published: null });
    }
  }
  return { conflict, nonConflict };
}

function sentencesOf(articles: SourceArticle[]): string[] {
  return articles.flatMap((a) => splitSentences(a.text).map((s) => s.text.trim())).filter((s) => s.length > 0);
}

/**
 * Writes the corpus once per content of the sources: every source article,
 * then articles recombined from their sentences until the size is reached.
 */
function buildCorpus(root: string, mb: number): Corpus {
  const { conflict, nonConflict } = loadSources(root);
  const target = mb * 1024 * 1024;
  const key = createHash('sha1').update(JSON.stringify([mb, conflict, nonConflict])).digest('hex').slice(0, 12);
  const dir = join(root, '.bench');
  const path = join(dir, `corpus-${key}.jsonl`);
  const metaPath = `${path}.meta.json`;
  if (existsSync(path) && existsSync(metaPath)) return JSON.parse(readFileSync(metaPath, 'utf8')) as Corpus;

  mkdirSync(dir, { recursive: true });
  // Corpora of earlier sources are stale: keep .bench/ to one corpus.
  for (const f of readdirSync(dir)) if (f.startsWith('corpus-')) rmSync(join(dir, f));
  const conflictSentences = sentencesOf(conflict);
  const calmSentences = sentencesOf(nonConflict);
  const random = prng(7);
  const pick = <T>(xs: T[]): T => xs[Math.floor(random() * xs.length)];
  const lines: string[] = [];
  let bytes = 0;
  let sentences = 0;
  const push = (text: string, published: string | null): void => {
    const line = JSON.stringify({ id: `bench-${lines.length}`, published, text });
    lines.push(line);
    bytes += Buffer.byteLength(line) + 1;
    sentences += splitSentences(text).length;
  };
  for (const a of [...conflict, ...nonConflict]) push(a.text, a.published);
  let generated = 0;
  while (bytes < target) {
    const pool = calmSentences.length === 0 || random() < CONFLICT_SHARE ? conflictSentences : calmSentences;
    const n = 6 + Math.floor(random() * 15);
    const paragraphs: string[] = [];
    for (let i = 0; i < n; i += 3) {
      paragraphs.push(Array.from({ length: Math.min(3, n - i) }, () => pick(pool)).join(' '));
    }
    push(paragraphs.join('\n\n'), pick(conflict).published);
    generated++;
  }
  writeFileSync(path, lines.join('\n') + '\n');
  const corpus: Corpus = {
    path,
    bytes,
    articles: lines.length,
    sentences,
    conflictSources: conflict.length,
    nonConflictSources: nonConflict.length,
    generated,
  };
  writeFileSync(metaPath, JSON.stringify(corpus));
  return corpus;
}

const BUNDLE_LAUNCHER = 'bundle (dist/extract.bundle.js)';

/** Whether bin/extract starts Node from the start-up snapshot: its shell part, traced, execs with --snapshot-blob. */
function startsFromSnapshot(root: string): boolean {
  return spawnSync('sh', ['-x', join(root, 'bin', 'extract'), '--version'], { encoding: 'utf8' }).stderr.includes('--snapshot-blob');
}

/** What bin/extract will run: the snapshot when its shell part says so, else by the rule of its JavaScript part. */
function launcherTarget(root: string): string {
  if (startsFromSnapshot(root)) return 'V8 start-up snapshot (dist/extract.snapshot)';
  const bundle = join(root, 'dist', 'extract.bundle.js');
  const tsc = join(root, 'dist', 'src', 'cli', 'main.js');
  switch (freshBundle(bundle, join(root, 'dist', 'extract.bundle.cache'), tsc)) {
    case 'bundle+cache': return `${BUNDLE_LAUNCHER} + code cache`;
    case 'bundle': return BUNDLE_LAUNCHER;
    default:
      if (existsSync(bundle)) return 'tsc build (bundle older than it)';
      return existsSync(tsc) ? 'tsc build (dist/src/cli/main.js)' : 'none (CLI not built)';
  }
}

const HAS_GNU_TIME = existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-v', 'true']).status === 0;

interface CliResult {
  seconds: number;
  cpuSeconds: number | null;
  exitCode: number | null;
  maxRssMb: number | null;
  stderr: string;
}

/** The command line for bin/extract as users run it (not under `node`: that skips the snapshot), under GNU time when present (CPU time and peak RSS). */
function cliCommand(root: string, args: string[]): [string, string[]] {
  const bin = join(root, 'bin', 'extract');
  return HAS_GNU_TIME ? ['/usr/bin/time', ['-v', bin, ...args]] : [bin, args];
}

function cliResult(seconds: number, exitCode: number | null, stderr: string): CliResult {
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(stderr);
  const user = /User time \(seconds\): ([\d.]+)/.exec(stderr);
  const system = /System time \(seconds\): ([\d.]+)/.exec(stderr);
  const cpuSeconds = user && system ? Number(user[1]) + Number(system[1]) : null;
  // GNU time appends its report to the child's own stderr.
  const ownStderr = stderr.split(/^\s*Command being timed:/m)[0].trim();
  return { seconds, cpuSeconds, exitCode, maxRssMb: rss ? Number(rss[1]) / 1024 : null, stderr: ownStderr.slice(-500) };
}

/** Runs bin/extract with stdout to /dev/null; wall clock from spawn to exit, peak RSS from GNU time when present. */
function runCli(root: string, args: string[]): CliResult {
  const [cmd, cmdArgs] = cliCommand(root, args);
  const started = process.hrtime.bigint();
  const r = spawnSync(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  return cliResult(Number(process.hrtime.bigint() - started) / 1e9, r.status, r.stderr?.toString() ?? '');
}

const CLOCK_TICKS = Number(spawnSync('getconf', ['CLK_TCK']).stdout?.toString().trim()) || 100;

/** CPU seconds of each thread of a process (Linux /proc), by thread id; empty when it cannot be read. */
function threadCpuSeconds(pid: number): Map<number, number> {
  const out = new Map<number, number>();
  let tids: string[] = [];
  try {
    tids = readdirSync(`/proc/${pid}/task`);
  } catch {
    return out;
  }
  for (const tid of tids) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      // Fields after "(comm) ": utime and stime are the 12th and 13th.
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(Number(tid), (Number(fields[11]) + Number(fields[12])) / CLOCK_TICKS);
    } catch {
      // The thread ended between the listing and the read.
    }
  }
  return out;
}

/** The node process: GNU time's child when it wraps the run. */
function nodePid(pid: number): number | null {
  if (!HAS_GNU_TIME) return pid;
  try {
    const child = Number(readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(' ')[0]);
    return child > 0 ? child : null;
  } catch {
    return null;
  }
}

/**
 * runCli, plus the CPU time of the node main thread, sampled from /proc every
 * 50 ms (the last sample before exit: it misses at most 50 ms). With --jobs 1
 * that thread's CPU is what the run's wall time would be on an idle machine;
 * V8's compiler and GC threads run beside it.
 */
function runCliSampled(root: string, args: string[]): Promise<CliResult & { mainThreadCpuSeconds: number | null }> {
  const [cmd, cmdArgs] = cliCommand(root, args);
  return new Promise((resolve) => {
    const started = process.hrtime.bigint();
    const child = spawn(cmd, cmdArgs, { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let mainThread: number | null = null;
    const sample = setInterval(() => {
      const pid = child.pid === undefined ? null : nodePid(child.pid);
      const cpu = pid === null ? undefined : threadCpuSeconds(pid).get(pid);
      if (cpu !== undefined) mainThread = cpu;
    }, 50);
    child.on('close', (code) => {
      clearInterval(sample);
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      resolve({ ...cliResult(seconds, code, stderr), mainThreadCpuSeconds: mainThread });
    });
  });
}

async function throughput(root: string, corpus: Corpus, jobs: number): Promise<CliRun> {
  const r = await runCliSampled(root, [corpus.path, '--jobs', String(jobs), '--quiet']);
  return {
    jobs,
    ...r,
    mbPerSecond: corpus.bytes / 1024 / 1024 / r.seconds,
    articlesPerSecond: corpus.articles / r.seconds,
    sentencesPerSecond: corpus.sentences / r.seconds,
  };
}

const SPIN_SCRIPT = 'const t=Date.now();let n=0;while(Date.now()-t<1000)n++;process.stdout.write(String(n))';

/**
 * CPUs this machine really gives us now: one busy loop alone, then two at
 * once; 2.0 means two whole CPUs. On a shared host it falls well below
 * nproc, and the --jobs 2 speed-up cannot exceed it.
 */
async function parallelCapacity(): Promise<number> {
  const spin = (): Promise<number> =>
    new Promise((resolve) => {
      let out = '';
      const child = spawn(process.execPath, ['-e', SPIN_SCRIPT]);
      child.stdout.on('data', (chunk: Buffer) => (out += chunk.toString()));
      child.on('close', () => resolve(Number(out)));
    });
  const alone = await spin();
  const [a, b] = await Promise.all([spin(), spin()]);
  return alone > 0 ? (a + b) / alone : 0;
}

interface Round {
  one: CliRun;
  two: CliRun;
  /** parallelCapacity() before and after the --jobs 2 run. */
  capacity: [number, number];
}

/**
 * The speed-up --jobs 2 could show on two idle CPUs: --jobs 1 takes at least
 * its main thread's CPU time (V8's compiler and GC threads use the second CPU
 * beside it), --jobs 2 at least half of all the CPU time it spends. Both are
 * CPU times, so other load on the host hardly moves the figure; a measured
 * speed-up below it is CPU left idle, the gap from it to 2 is work.
 */
function ceilingOf(round: Round): number | null {
  const { one, two } = round;
  return one.mainThreadCpuSeconds && two.cpuSeconds ? (2 * one.mainThreadCpuSeconds) / two.cpuSeconds : null;
}

/** The element with the median key (the lower one of an even count), or null for none. */
function medianBy<T>(xs: T[], key: (x: T) => number): T | null {
  const sorted = [...xs].sort((a, b) => key(a) - key(b));
  return sorted.length > 0 ? sorted[(sorted.length - 1) >> 1] : null;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

function startup(root: string, runs: number): { medianMs: number; runsMs: number[]; exitCode: number | null } {
  const file = join(root, '.bench', 'short.jsonl');
  writeFileSync(file, JSON.stringify({ id: 'short', published: '2019-03-18', text: SHORT_ARTICLE }) + '\n');
  runCli(root, [file, '--quiet']); // warm the file cache; not counted
  const times: number[] = [];
  let exitCode: number | null = 0;
  for (let i = 0; i < runs; i++) {
    const r = runCli(root, [file, '--quiet']);
    times.push(r.seconds * 1000);
    exitCode = r.exitCode;
  }
  return { medianMs: median(times), runsMs: times.map((t) => Math.round(t)), exitCode };
}

/** compromise's full tagger (`nlp(text)`) over an even sample of the corpus, in this process. */
function compromiseReference(
  corpus: Corpus,
  sampleMb: number,
): { sampleMb: number; seconds: number; mbPerSecond: number; cpuSeconds: number; mbPerCpuSecond: number } {
  const lines = readFileSync(corpus.path, 'utf8').split('\n').filter((l) => l !== '');
  const target = sampleMb * 1024 * 1024;
  const step = Math.max(1, Math.floor(lines.length / Math.max(1, Math.ceil((target / corpus.bytes) * lines.length))));
  const sample: string[] = [];
  let bytes = 0;
  for (let i = 0; bytes < target; i += step) {
    const text = (JSON.parse(lines[i % lines.length]) as { text: string }).text;
    sample.push(text);
    bytes += Buffer.byteLength(text);
    if (sample.length > lines.length) break;
  }
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const nlp = require('compromise') as (text: string) => unknown;
  nlp('Warm up the lexicon once.');
  const started = process.hrtime.bigint();
  const cpuStart = process.cpuUsage();
  for (const text of sample) nlp(text);
  const cpu = process.cpuUsage(cpuStart);
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const mb = bytes / 1024 / 1024;
  return { sampleMb: mb, seconds, mbPerSecond: mb / seconds, cpuSeconds, mbPerCpuSecond: mb / cpuSeconds };
}

function fmt(x: number | null, digits = 2): string {
  return x === null || !Number.isFinite(x) ? '-' : x.toFixed(digits);
}

async function main(argv: string[]): Promise<number> {
  const opts = parseArgs(argv);
  const root = packageRoot();
  // Measure what users run: bin/extract prefers the snapshot, then the bundle, so that must be of the code just built.
  const target = launcherTarget(root);
  if (!target.startsWith('V8') && !target.startsWith(BUNDLE_LAUNCHER) && existsSync(join(root, 'dist', 'src', 'cli', 'main.js'))) await bundleCli(root);
  const corpus = buildCorpus(root, opts.mb);
  const launcher = launcherTarget(root);
  const cliBuilt = !launcher.startsWith('none');
  const rounds: Round[] = [];
  for (let r = 0; cliBuilt && r < opts.rounds; r++) {
    // Each pair runs close together in time, so its ratio is steadier than a ratio of medians.
    const one = await throughput(root, corpus, 1);
    const before = await parallelCapacity();
    const two = await throughput(root, corpus, 2);
    const after = await parallelCapacity();
    rounds.push({ one, two, capacity: [before, after] });
  }
  const one = medianBy(rounds.map((r) => r.one), (run) => run.seconds);
  const two = medianBy(rounds.map((r) => r.two), (run) => run.seconds);
  const start = cliBuilt && opts.startupRuns > 0 ? startup(root, opts.startupRuns) : null;
  const reference = opts.referenceMb > 0 ? compromiseReference(corpus, opts.referenceMb) : null;
  // The target is for one worker: each further worker adds its own dictionaries (see docs/performance.md).
  const peakRssMb = one?.maxRssMb ?? null;
  const ratio = one && reference ? one.mbPerSecond / reference.mbPerSecond : null;
  // The same ratio per CPU second: holds when other processes share the machine (start-up included in ours).
  const cpuRatio = one?.cpuSeconds && reference ? corpus.bytes / 1024 / 1024 / one.cpuSeconds / reference.mbPerCpuSecond : null;
  const speedup = rounds.length > 0 ? median(rounds.map((r) => r.one.seconds / r.two.seconds)) : null;
  const ceilings = rounds.map(ceilingOf).filter((c): c is number => c !== null);
  const ceiling = ceilings.length > 0 ? median(ceilings) : null;
  const result = {
    node: process.version,
    cpus: availableParallelism(),
    launcher,
    corpus: { ...corpus, mb: corpus.bytes / 1024 / 1024 },
    runs: [one, two].filter((r): r is CliRun => r !== null),
    startup: start,
    peakRssMb,
    compromise: reference,
    ratioToCompromise: ratio,
    cpuRatioToCompromise: cpuRatio,
    /** Median over the rounds of (--jobs 1 wall time / --jobs 2 wall time). */
    jobs2Speedup: speedup,
    /** What --jobs 2 could reach on two idle CPUs: 2 × --jobs 1 main-thread CPU / --jobs 2 CPU (median over rounds; Linux). */
    jobs2Ceiling: ceiling,
    /** Wall seconds of every round, in order. */
    rounds: rounds.map((r) => ({ jobs1Seconds: r.one.seconds, jobs2Seconds: r.two.seconds, jobs2CpuSeconds: r.two.cpuSeconds })),
    /** CPUs really available around each --jobs 2 run (two busy loops vs one; 2.0 = two whole CPUs), before and after. */
    parallelCapacity: rounds.flatMap((r) => r.capacity),
    targets: {
      ratioToCompromise: { target: TARGETS.referenceRatio, met: ratio !== null && ratio >= TARGETS.referenceRatio },
      startupMs: { target: TARGETS.startupMs, met: start !== null && start.medianMs < TARGETS.startupMs },
      peakRssMb: { target: TARGETS.peakRssMb, met: peakRssMb !== null && peakRssMb < TARGETS.peakRssMb },
      jobs2Speedup: { target: TARGETS.jobs2Speedup, met: speedup !== null && speedup >= TARGETS.jobs2Speedup },
    },
  };
  if (opts.json) {
    console.log(JSON.stringify(result, null, 2));
  } else {
    const c = result.corpus;
    const out = [
      `corpus: ${fmt(c.mb, 1)} MB, ${c.articles} articles, ${c.sentences} sentences ` +
        `(${c.conflictSources} conflict + ${c.nonConflictSources} non-conflict source articles, ${c.generated} recombined) ${c.path}`,
      `launcher: ${launcher}; node ${result.node}, ${result.cpus} CPUs`,
    ];
    for (const r of result.runs) {
      out.push(
        `--jobs ${r.jobs}: ${fmt(r.seconds)} s, ${fmt(r.mbPerSecond)} MB/s, ${fmt(r.articlesPerSecond, 0)} articles/s, ` +
          `${fmt(r.sentencesPerSecond, 0)} sentences/s, ${fmt(r.cpuSeconds)} CPU s (main thread ${fmt(r.mainThreadCpuSeconds)}), peak RSS ${fmt(r.maxRssMb, 0)} MB` +
          (r.exitCode === 0 ? '' : `  [exit ${r.exitCode}: ${r.stderr.split('\n').slice(-2).join(' ')}]`),
      );
    }
    if (!cliBuilt) out.push('CLI not built: throughput and start-up skipped (npm run build)');
    if (rounds.length > 1) {
      out.push(`rounds (wall s, --jobs 1 / --jobs 2): ${rounds.map((r) => `${fmt(r.one.seconds)}/${fmt(r.two.seconds)}`).join('  ')}; medians above`);
    }
    if (start) out.push(`start-up to exit, one short article: median ${fmt(start.medianMs, 0)} ms of ${start.runsMs.length} runs (${start.runsMs.join(' ')})`);
    if (reference) {
      out.push(
        `compromise nlp(text) reference: ${fmt(reference.mbPerSecond, 3)} MB/s (${fmt(reference.mbPerCpuSecond, 3)} MB per CPU s) ` +
          `over a ${fmt(reference.sampleMb)} MB sample; ratio per CPU second ${fmt(cpuRatio, 1)}x`,
      );
    }
    const t = result.targets;
    const mark = (met: boolean): string => (met ? 'ok' : 'MISSED');
    out.push(
      `ratio to compromise ${fmt(ratio, 1)}x (target >= ${TARGETS.referenceRatio}x: ${mark(t.ratioToCompromise.met)}); ` +
        `start-up ${fmt(start?.medianMs ?? null, 0)} ms (< ${TARGETS.startupMs}: ${mark(t.startupMs.met)}); ` +
        `peak RSS of one worker ${fmt(peakRssMb, 0)} MB (< ${TARGETS.peakRssMb}: ${mark(t.peakRssMb.met)}); ` +
        `--jobs 2 ${fmt(speedup)}x (>= ${TARGETS.jobs2Speedup}: ${mark(t.jobs2Speedup.met)})`,
    );
    out.push(
      `CPUs really available around the --jobs 2 run: ${result.parallelCapacity.map((c) => fmt(c)).join(', ')} (2.00 = two whole CPUs); ` +
        `on two idle CPUs --jobs 2 could reach ${fmt(ceiling)}x (2 x --jobs 1 main-thread CPU ${fmt(one?.mainThreadCpuSeconds ?? null)} s / --jobs 2 CPU ${fmt(two?.cpuSeconds ?? null)} s)`,
    );
    console.log(out.join('\n'));
  }
  const failed = rounds.some((r) => r.one.exitCode !== 0 || r.two.exitCode !== 0) || (start !== null && start.exitCode !== 0);
  return failed ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (e: Error) => {
    console.error(`bench: ${e.message}`);
    process.exitCode = 1;
  },
);
