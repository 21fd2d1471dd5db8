import { readAt } from '../file-io.js';
import { open, type FileHandle } from 'node:fs/promises';
import { OtaError } from '../errors.js';
import { DELTA_HEADER_BYTES, decodeDeltaHeader, unzigzag, type DeltaHeader } from './format.js';
import { BrotliStreamReader } from './stream-reader.js';

/** Output is produced in pieces of this size (the only buffer that scales with a setting). */
const DEFAULT_PIECE_BYTES = 256 * 1024;
/** Short copies are served from a few cached blocks of the old file rather than one read each. */
const BLOCK_BYTES = 16 * 1024;
const CACHED_BLOCKS = 16;

async function readFully(handle: FileHandle, into: Buffer, at: number, length: number, position: number): Promise<void> {
  const done = await readAt(handle, into, at, length, position);
  if (done < length) throw new OtaError('OTA_E_PATCH', `old file ends at ${position + done}, the patch copies from there`);
}

/** Positional reads of the old file, with a small LRU of blocks for the many short copies of a text diff. */
class OldFile {
  private readonly blocks = new Map<number, Buffer>();

  constructor(
    private readonly handle: FileHandle,
    private readonly size: number,
  ) {}

  async copy(into: Buffer, at: number, length: number, position: number): Promise<void> {
    if (length >= BLOCK_BYTES) return readFully(this.handle, into, at, length, position);
    while (length > 0) {
      const index = Math.floor(position / BLOCK_BYTES);
      const block = await this.block(index);
      const offset = position - index * BLOCK_BYTES;
      const n = Math.min(length, block.length - offset);
      block.copy(into, at, offset, offset + n);
      at += n;
      position += n;
      length -= n;
    }
  }

  private async block(index: number): Promise<Buffer> {
    const cached = this.blocks.get(index);
    if (cached) {
      this.blocks.delete(index);
      this.blocks.set(index, cached);
      return cached;
    }
    const start = index * BLOCK_BYTES;
    const block = Buffer.allocUnsafe(Math.min(BLOCK_BYTES, this.size - start));
    await readFully(this.handle, block, 0, block.length, start);
    if (this.blocks.size >= CACHED_BLOCKS) this.blocks.delete(this.blocks.keys().next().value as number);
    this.blocks.set(index, block);
    return block;
  }
}

/** Reads and checks the header of the patch at `patchPath`. */
export async function readDeltaHeader(patchPath: string): Promise<DeltaHeader> {
  const handle = await open(patchPath, 'r');
  try {
    const { size } = await handle.stat();
    const bytes = Buffer.alloc(DELTA_HEADER_BYTES);
    const { bytesRead } = await handle.read(bytes, 0, bytes.length, 0);
    return decodeDeltaHeader(bytes.subarray(0, bytesRead), size);
  } finally {
    await handle.close();
  }
}

/**
 * Applies a delta patch: yields the new file in order, in pieces of at most
 * `pieceBytes`, reading the old file by positional reads. Memory is bounded by
 * two brotli windows, the piece and a few cached blocks — never by file size.
 * Every op is checked against the header's sizes (OTA_E_PATCH); the caller
 * verifies the result's sha256.
 */
export async function* applyDelta(patchPath: string, oldPath: string, pieceBytes = DEFAULT_PIECE_BYTES): AsyncGenerator<Buffer> {
  const header = await readDeltaHeader(patchPath);
  const handle = await open(oldPath, 'r');
  const ctrl = new BrotliStreamReader(patchPath, DELTA_HEADER_BYTES, header.ctrlBytes, 'control');
  const lits = new BrotliStreamReader(patchPath, DELTA_HEADER_BYTES + header.ctrlBytes, header.litBytes, 'literal');
  try {
    const { size } = await handle.stat();
    if (size !== header.oldSize) throw new OtaError('OTA_E_PATCH', `the patch applies to a file of ${header.oldSize} bytes, the old file has ${size}`);
    const old = new OldFile(handle, size);
    let out = Buffer.allocUnsafe(Math.min(pieceBytes, header.newSize));
    let filled = 0;
    let produced = 0;
    let oldCursor = 0;
    while (produced < header.newSize) {
      const insert = await ctrl.uint();
      const copy = await ctrl.uint();
      const from = oldCursor + insert + unzigzag(await ctrl.uint());
      if (insert + copy > header.newSize - produced) throw new OtaError('OTA_E_PATCH', `delta op at output ${produced} runs past the new size ${header.newSize}`);
      if (copy > 0 && (from < 0 || from + copy > header.oldSize)) throw new OtaError('OTA_E_PATCH', `delta op copies [${from}, ${from + copy}) outside the old file (${header.oldSize} bytes)`);
      for (let left = insert; left > 0; ) {
        const bytes = await lits.take(Math.min(left, out.length - filled));
        if (bytes.length === 0) throw new OtaError('OTA_E_PATCH', 'delta literal stream ends early');
        bytes.copy(out, filled);
        filled += bytes.length;
        left -= bytes.length;
        if (filled === out.length) {
          yield out;
          out = Buffer.allocUnsafe(Math.min(pieceBytes, header.newSize - produced - (insert - left)));
          filled = 0;
        }
      }
      produced += insert;
      for (let left = copy, position = from; left > 0; ) {
        const n = Math.min(left, out.length - filled);
        await old.copy(out, filled, n, position);
        filled += n;
        position += n;
        left -= n;
        if (filled === out.length) {
          yield out;
          out = Buffer.allocUnsafe(Math.min(pieceBytes, header.newSize - produced - (copy - left)));
          filled = 0;
        }
      }
      produced += copy;
      oldCursor = from + copy;
    }
    if (filled > 0) yield out.subarray(0, filled);
    if (!(await ctrl.atEnd()) || !(await lits.atEnd())) throw new OtaError('OTA_E_PATCH', 'delta patch has data after its last op');
  } finally {
    ctrl.close();
    lits.close();
    await handle.close();
  }
}
