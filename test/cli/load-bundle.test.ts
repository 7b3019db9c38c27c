import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadFreshBundle, runBundle } from '../../src/cli/load-bundle';

describe('loadFreshBundle', () => {
  let dir: string;
  const at = (file: string, seconds: number): void => utimesSync(file, seconds, seconds);
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'load-bundle-'));
    writeFileSync(join(dir, 'b.js'), 'exports.answer = 42; exports.dir = __dirname; exports.req = typeof require("node:path").join;');
    writeFileSync(join(dir, 'built.js'), '');
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('runs a bundle newer than the build, as a CommonJS module of its own directory', () => {
    at(join(dir, 'built.js'), 1000);
    at(join(dir, 'b.js'), 2000);
    expect(loadFreshBundle(join(dir, 'b.js'), join(dir, 'b.cache'), join(dir, 'built.js'))).toEqual({ answer: 42, dir, req: 'function' });
  });

  it('skips a bundle older than the build (stale) and a missing one', () => {
    at(join(dir, 'built.js'), 2000);
    at(join(dir, 'b.js'), 1000);
    expect(loadFreshBundle(join(dir, 'b.js'), join(dir, 'b.cache'), join(dir, 'built.js'))).toBeNull();
    expect(loadFreshBundle(join(dir, 'none.js'), join(dir, 'b.cache'), join(dir, 'built.js'))).toBeNull();
  });

  it('uses a code cache taken from the same source', () => {
    const { script } = runBundle(join(dir, 'b.js'));
    writeFileSync(join(dir, 'b.cache'), script.createCachedData());
    at(join(dir, 'built.js'), 1000);
    at(join(dir, 'b.js'), 2000);
    at(join(dir, 'b.cache'), 3000);
    expect(runBundle(join(dir, 'b.js'), Buffer.from(script.createCachedData())).script.cachedDataRejected).toBe(false);
    expect(loadFreshBundle(join(dir, 'b.js'), join(dir, 'b.cache'), join(dir, 'built.js'))).toMatchObject({ answer: 42 });
  });
});

describe('the built --jobs worker entry', () => {
  it('exposes the batch handler piscina calls (from the worker bundle when the build wrote one)', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const entry = require('../../dist/src/cli/worker-entry.js') as { default: unknown; warmUp: unknown };
    expect(typeof entry.default).toBe('function');
    expect(typeof entry.warmUp).toBe('function');
  });
});
