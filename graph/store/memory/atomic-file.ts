/**
 * Writes a file atomically: everything goes to a temp file in the same directory, which is fsynced and renamed
 * over the target only when complete. A reader (or a crash) sees the old file or the new one, never a mix; on
 * failure the temp file is removed and the old file is untouched.
 */
import { randomBytes } from 'crypto';
import { promises as fs, type Stats } from 'fs';
import path from 'path';
import zlib from 'zlib';

const STAGING_BYTES = 1024 * 1024;
const SMALL_CHUNK = 16 * 1024;
const DRAIN_BYTES = 8 * 1024 * 1024;

/**
 * Sequential writer with buffering, a running CRC-32 and the current position (for section offsets). Small
 * chunks and strings are packed into 1 MB staging buffers, so millions of tiny records cost few native calls.
 */
export class ChunkWriter {
  position = 0;
  private crc = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private staging: Buffer = Buffer.allocUnsafe(STAGING_BYTES);
  private staged = 0;
  /**
   * Staging buffers written out and free again. Reusing them matters: fresh external memory makes V8 run full
   * collections, which cost seconds each when a 100k-practice graph fills the heap.
   */
  private readonly spare: Buffer[] = [];
  private readonly inFlight: Buffer[] = [];

  constructor(private readonly handle: fs.FileHandle) {}

  /** CRC-32 of everything written so far. */
  get checksum(): number {
    this.seal();
    return this.crc;
  }

  async write(chunk: Buffer | NodeJS.TypedArray): Promise<void> {
    if (this.push(chunk)) await this.drain();
  }

  /** Queues a chunk without awaiting; true when the caller should `drain()`. */
  push(chunk: Buffer | NodeJS.TypedArray): boolean {
    if (chunk.byteLength === 0) return false;
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    if (buffer.length <= SMALL_CHUNK) {
      if (buffer.length > this.staging.length - this.staged) this.seal();
      this.staged += buffer.copy(this.staging, this.staged);
      this.position += buffer.length;
    } else {
      this.seal();
      this.enqueue(buffer);
    }
    return this.pendingBytes >= DRAIN_BYTES;
  }

  /** Queues a string without making a Buffer of it; true when the caller should `drain()`. */
  pushString(text: string, encoding: 'utf8' | 'utf16le' = 'utf8'): boolean {
    if (3 * text.length > STAGING_BYTES) return this.push(Buffer.from(text, encoding));
    if (3 * text.length > this.staging.length - this.staged) this.seal();
    const written = this.staging.write(text, this.staged, encoding);
    this.staged += written;
    this.position += written;
    return this.pendingBytes >= DRAIN_BYTES;
  }

  /** Pads with zeros so the next section starts at a multiple of `alignment` (typed-array views need it). */
  async align(alignment: number): Promise<void> {
    const pad = (alignment - (this.position % alignment)) % alignment;
    if (pad > 0) await this.write(Buffer.alloc(pad));
  }

  async drain(): Promise<void> {
    this.seal();
    const chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    for (let offset = 0; offset < chunks.length; offset += 1024) {
      const batch = chunks.slice(offset, offset + 1024);
      const expected = batch.reduce((n, b) => n + b.length, 0);
      const { bytesWritten } = await this.handle.writev(batch);
      if (bytesWritten !== expected) await this.writeRest(batch, bytesWritten);
    }
    this.spare.push(...this.inFlight.splice(0));
  }

  /** Moves the staged bytes to the queue (a fresh staging buffer takes over, so nothing is copied twice). */
  private seal(): void {
    if (this.staged === 0) return;
    const sealed = this.staging.subarray(0, this.staged);
    this.inFlight.push(this.staging);
    this.staging = this.spare.pop() ?? Buffer.allocUnsafe(STAGING_BYTES);
    this.staged = 0;
    this.crc = zlib.crc32(sealed, this.crc);
    this.pending.push(sealed);
    this.pendingBytes += sealed.length;
  }

  private enqueue(buffer: Buffer): void {
    this.crc = zlib.crc32(buffer, this.crc);
    this.position += buffer.length;
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
  }

  private async writeRest(batch: Buffer[], written: number): Promise<void> {
    const rest = Buffer.concat(batch).subarray(written);
    let done = 0;
    while (done < rest.length) done += (await this.handle.write(rest, done)).bytesWritten;
  }
}

/** Produces `file` through `produce`; returns the new file's stats. Failures leave `file` as it was. */
export async function writeFileAtomically(file: string, produce: (out: ChunkWriter) => Promise<void>): Promise<Stats> {
  const temp = `${file}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const handle = await fs.open(temp, 'wx');
  try {
    const out = new ChunkWriter(handle);
    await produce(out);
    await out.drain();
    await handle.sync();
  } catch (error) {
    await handle.close().catch(() => undefined);
    await fs.rm(temp, { force: true });
    throw error;
  }
  await handle.close();
  try {
    await fs.rename(temp, file);
  } catch (error) {
    await fs.rm(temp, { force: true });
    throw error;
  }
  await syncDirectory(path.dirname(file));
  return fs.stat(file);
}

/** Removes temp files a crashed writer left behind (only the lock holder calls this). */
export async function removeStaleTemps(file: string): Promise<void> {
  const dir = path.dirname(file);
  const prefix = `${path.basename(file)}.`;
  for (const name of await fs.readdir(dir).catch(() => [] as string[])) {
    if (name.startsWith(prefix) && name.endsWith('.tmp')) await fs.rm(path.join(dir, name), { force: true });
  }
}

/** Makes the rename itself durable; some platforms cannot fsync a directory, which only weakens durability. */
async function syncDirectory(dir: string): Promise<void> {
  const handle = await fs.open(dir, 'r').catch(() => null);
  if (!handle) return;
  await handle.sync().catch(() => undefined);
  await handle.close();
}
