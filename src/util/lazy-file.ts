/**
 * A read-only file opened on its first read and kept open. Open descriptors
 * cannot cross a V8 start-up snapshot (scripts/snapshot.ts writes the CLI's):
 * a number baked into it would name another file, or none, in the next
 * process. So while a snapshot is being built the file is closed just before
 * the heap is written, and the restored process opens it again on first use.
 */
import { closeSync, openSync, readSync } from 'node:fs';
import { startupSnapshot } from 'node:v8';

export class LazyFile {
  private fd: number | null = null;

  constructor(readonly path: string) {
    if (startupSnapshot?.isBuildingSnapshot()) startupSnapshot.addSerializeCallback(() => this.close());
  }

  /** Reads up to `length` bytes at `position` into `buffer` (from its start); returns the count read. */
  read(buffer: Uint8Array, length: number, position: number): number {
    this.fd ??= openSync(this.path, 'r');
    return readSync(this.fd, buffer, 0, length, position);
  }

  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
  }
}
