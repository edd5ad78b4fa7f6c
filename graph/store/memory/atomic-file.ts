/**
 * Writes a file atomically: everything goes to a temp file in the same directory, which is fsynced and renamed
 * over the target only when complete. A reader (or a crash) sees the old file or the new one, never a mix; on
 * failure the temp file is removed and the old file is untouched.
 */
import { randomBytes } from 'crypto';
import { promises as fs, type Stats } from 'fs';
import path from 'path';
import zlib from 'zlib';

/** Sequential writer with buffering, a running CRC-32 and the current position (for section offsets). */
export class ChunkWriter {
  position = 0;
  crc = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;

  constructor(private readonly handle: fs.FileHandle) {}

  async write(chunk: Buffer | NodeJS.TypedArray): Promise<void> {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
    this.crc = zlib.crc32(buffer, this.crc);
    this.position += buffer.length;
    this.pending.push(buffer);
    this.pendingBytes += buffer.length;
    // Small chunks are gathered into one writev; 4 MB keeps syscalls few without holding much.
    if (this.pendingBytes >= 4 * 1024 * 1024 || this.pending.length >= 1024) await this.drain();
  }

  /** Pads with zeros so the next section starts at a multiple of `alignment` (typed-array views need it). */
  async align(alignment: number): Promise<void> {
    const pad = (alignment - (this.position % alignment)) % alignment;
    if (pad > 0) await this.write(Buffer.alloc(pad));
  }

  async drain(): Promise<void> {
    const chunks = this.pending;
    this.pending = [];
    this.pendingBytes = 0;
    let offset = 0;
    while (offset < chunks.length) {
      const batch = chunks.slice(offset, offset + 1024);
      const expected = batch.reduce((n, b) => n + b.length, 0);
      const { bytesWritten } = await this.handle.writev(batch);
      if (bytesWritten !== expected) await this.writeRest(batch, bytesWritten);
      offset += batch.length;
    }
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
