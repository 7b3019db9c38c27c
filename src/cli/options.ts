/**
 * Command-line options: the commander program, and the checks that turn its
 * raw values into `CliOptions`. Anything wrong here is a usage error (exit 2).
 */
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { Command, InvalidArgumentError, Option } from 'commander';
import { packageRoot } from '../util/paths';
import { INPUT_FORMATS, type InputFormat } from './input/formats';

export const OUTPUT_FORMATS = ['jsonl', 'json', 'csv', 'tsv', 'xlsx'] as const;
export type OutputFormat = (typeof OUTPUT_FORMATS)[number];

export interface CliOptions {
  inputs: string[];
  format: OutputFormat;
  output: string | null;
  inputFormat: InputFormat | null;
  published: string | null;
  actorsFile: string | null;
  placesFile: string | null;
  explain: boolean;
  /** Also write ordinary crime (no armed-group or political context) as events. */
  includeCrime: boolean;
  jobs: number;
  /** --jobs was given: its threads are started for less work than the default's (src/cli/exec/choose.ts). */
  jobsGiven: boolean;
  quiet: boolean;
  strict: boolean;
  bom: boolean;
}

/** Thrown for bad command lines and bad option files: exit code 2. */
export class UsageError extends Error {}

const EXAMPLES = `
Examples:
  extract seeds/baghouz-2019-03-19.txt              one article, JSON Lines on stdout
  extract --published 2019-03-19 < article.txt      stdin, with the article's date
  extract articles/ -o events.csv                   a folder (recursive) to a spreadsheet
  extract 'news/**/*.html' feed.jsonl -o events.xlsx
  extract corpus.jsonl --jobs 4 --format tsv > events.tsv
  extract article.txt --explain --quiet             why each field was chosen, on stderr

Exit codes: 0 ok, 1 some inputs failed or a record failed validation, 2 usage error,
130/143 interrupted (SIGINT/SIGTERM).`;

function isCalendarDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y, m, d] = value.split('-').map(Number);
  const date = new Date(Date.UTC(y, m - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
}

function parsePublished(value: string): string {
  if (!isCalendarDate(value)) throw new InvalidArgumentError('expected a calendar date as YYYY-MM-DD.');
  return value;
}

function parseJobs(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value) || n < 1 || n > 256) throw new InvalidArgumentError('expected a whole number from 1 to 256.');
  return n;
}

function packageVersion(): string {
  const pkg = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { version: string };
  return pkg.version;
}

/** `-o events.csv` means csv unless `--format` says otherwise. */
function formatFromPath(path: string): OutputFormat | null {
  const ext = extname(path).slice(1).toLowerCase();
  if (ext === 'ndjson') return 'jsonl';
  return (OUTPUT_FORMATS as readonly string[]).includes(ext) ? (ext as OutputFormat) : null;
}

export function buildProgram(): Command {
  return new Command('extract')
    .description('Extract conflict-event records (who, what, when, where, how many) from news articles.')
    .argument('[inputs...]', 'files, folders, glob patterns, or - for stdin (the default)')
    .addOption(new Option('-f, --format <format>', 'output format (default: from -o, else jsonl)').choices(OUTPUT_FORMATS))
    .option('-o, --output <file>', 'write to FILE (atomically: temp file renamed at the end)')
    .addOption(new Option('--input-format <format>', 'read every input as this format').choices(INPUT_FORMATS))
    .option('--published <date>', 'reference date YYYY-MM-DD for relative dates (overrides metadata)', parsePublished)
    .option('--actors <file>', 'extra actor dictionary (JSON)')
    .option('--places <file>', 'extra gazetteer entries (TSV or JSON)')
    .option('--explain', 'print the rules fired and spans read for each record on stderr')
    .option('--include-crime', 'also write ordinary crime (shootings, killings without conflict context) as events')
    .option('-j, --jobs <n>', 'worker threads (default: number of cores)', parseJobs)
    .option('-q, --quiet', 'no progress bar, notes or summary on stderr (errors still shown)')
    .option('--strict', 'stop at the first failed input')
    .option('--bom', 'start csv/tsv output with a UTF-8 byte-order mark (for Excel)')
    .version(packageVersion(), '-V, --version')
    .helpOption('-h, --help', 'show this help')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run extract --help for usage)')
    .exitOverride();
}

interface RawOptions {
  format?: OutputFormat;
  output?: string;
  inputFormat?: InputFormat;
  published?: string;
  actors?: string;
  places?: string;
  explain?: boolean;
  includeCrime?: boolean;
  jobs?: number;
  quiet?: boolean;
  strict?: boolean;
  bom?: boolean;
}

export function toCliOptions(inputs: string[], raw: RawOptions, stdoutIsTty: boolean): CliOptions {
  const output = raw.output ?? null;
  const format = raw.format ?? (output ? formatFromPath(output) : null) ?? 'jsonl';
  if (format === 'xlsx' && !output && stdoutIsTty) {
    throw new UsageError('xlsx is a binary format: write it to a file with -o FILE.xlsx');
  }
  return {
    inputs: inputs.length > 0 ? inputs : ['-'],
    format,
    output,
    inputFormat: raw.inputFormat ?? null,
    published: raw.published ?? null,
    actorsFile: raw.actors ?? null,
    placesFile: raw.places ?? null,
    explain: raw.explain ?? false,
    includeCrime: raw.includeCrime ?? false,
    jobs: raw.jobs ?? availableParallelism(),
    jobsGiven: raw.jobs !== undefined,
    quiet: raw.quiet ?? false,
    strict: raw.strict ?? false,
    bom: raw.bom ?? false,
  };
}

/** Parses argv (without node and script); commander errors surface as CommanderError. */
export function parseOptions(argv: string[], stdoutIsTty: boolean): CliOptions {
  const program = buildProgram();
  program.parse(argv, { from: 'user' });
  return toCliOptions(program.processedArgs[0] as string[], program.opts<RawOptions>(), stdoutIsTty);
}
