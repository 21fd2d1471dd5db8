export { encodeDelta, type DeltaEncodeOptions, type DeltaStats } from './encoder.js';
export { encodeDeltaFile, type EncodeFileResult } from './encode-file.js';
export { applyDelta, readDeltaHeader } from './applier.js';
export { DELTA_HEADER_BYTES, DELTA_MAGIC, patchPairKey, type DeltaHeader } from './format.js';
