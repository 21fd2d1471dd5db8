import { Worker } from 'node:worker_threads';
import { OtaError } from '../errors.js';
import type { DeltaEncodeOptions, DeltaStats } from './encoder.js';

export interface EncodeFileResult {
  size: number;
  stats: DeltaStats;
}

/**
 * Computes the patch from the file at `oldPath` to the one at `newPath` into
 * `outPath`, in a worker thread so the caller's event loop keeps serving.
 * The worker holds both files, the old-file index and the literals in memory.
 */
export function encodeDeltaFile(oldPath: string, newPath: string, outPath: string, options: DeltaEncodeOptions = {}, signal?: AbortSignal): Promise<EncodeFileResult> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new OtaError('OTA_E_PATCH', 'delta encoding was cancelled'));
    const worker = new Worker(new URL('./encode-worker.js', import.meta.url), { workerData: { oldPath, newPath, outPath, options } });
    const onAbort = (): void => void worker.terminate();
    signal?.addEventListener('abort', onAbort, { once: true });
    let result: EncodeFileResult | undefined;
    let failure: Error | undefined;
    worker.once('message', (message: EncodeFileResult) => (result = message));
    worker.once('error', (err) => (failure = err));
    worker.once('exit', (code) => {
      signal?.removeEventListener('abort', onAbort);
      if (result) resolve(result);
      else if (signal?.aborted) reject(new OtaError('OTA_E_PATCH', 'delta encoding was cancelled'));
      else reject(new OtaError('OTA_E_PATCH', `delta encoding failed: ${failure?.message ?? `worker exited with code ${code}`}`, { cause: failure }));
    });
  });
}
