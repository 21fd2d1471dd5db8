import { readFile, writeFile } from 'node:fs/promises';
import { parentPort, workerData } from 'node:worker_threads';
import { encodeDelta, type DeltaEncodeOptions } from './encoder.js';

/** Worker-thread entry of encodeDeltaFile: the encoder is CPU-bound and must not stall the server's event loop. */
interface Job {
  oldPath: string;
  newPath: string;
  outPath: string;
  options: DeltaEncodeOptions;
}

const job = workerData as Job;
const [oldData, newData] = await Promise.all([readFile(job.oldPath), readFile(job.newPath)]);
const { patch, stats } = encodeDelta(oldData, newData, job.options);
await writeFile(job.outPath, patch);
parentPort?.postMessage({ size: patch.length, stats });
