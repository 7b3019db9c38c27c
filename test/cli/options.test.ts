import { CommanderError } from 'commander';
import { parseOptions, UsageError } from '../../src/cli/options';

function usageFailure(argv: string[]): unknown {
  try {
    parseOptions(argv, false);
  } catch (error) {
    return error;
  }
  return null;
}

describe('command-line options', () => {
  const silence = jest.spyOn(process.stderr, 'write').mockImplementation(() => true);
  afterAll(() => silence.mockRestore());

  it('defaults: stdin, jsonl, all cores', () => {
    const options = parseOptions([], false);
    expect(options).toMatchObject({ inputs: ['-'], format: 'jsonl', output: null, published: null, strict: false, bom: false });
    expect(options.jobs).toBeGreaterThanOrEqual(1);
  });

  it('takes the format from -o unless --format says', () => {
    expect(parseOptions(['a.txt', '-o', 'out.CSV'], false).format).toBe('csv');
    expect(parseOptions(['-o', 'out.ndjson'], false).format).toBe('jsonl');
    expect(parseOptions(['-o', 'out.csv', '--format', 'tsv'], false).format).toBe('tsv');
    expect(parseOptions(['-o', 'events.xlsx'], true).format).toBe('xlsx');
  });

  it('accepts a calendar date for --published and refuses anything else', () => {
    expect(parseOptions(['--published', '2019-03-19'], false).published).toBe('2019-03-19');
    for (const bad of ['2019-02-30', '19-03-2019', 'yesterday', '2019-3-1']) {
      expect(usageFailure(['--published', bad])).toBeInstanceOf(CommanderError);
    }
  });

  it('refuses bad --jobs, unknown formats and options', () => {
    for (const argv of [['--jobs', '0'], ['--jobs', 'two'], ['--format', 'xml'], ['--input-format', 'pdf'], ['--nope']]) {
      expect(usageFailure(argv)).toBeInstanceOf(CommanderError);
    }
  });

  it('refuses xlsx on a terminal', () => {
    expect(usageFailure(['--format', 'xlsx'].concat([]))).toBeNull();
    expect(() => parseOptions(['--format', 'xlsx'], true)).toThrow(UsageError);
  });
});
