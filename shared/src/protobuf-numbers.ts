import protobuf from 'protobufjs/minimal.js';

// 64-bit fields here are sizes, offsets, timestamps and sequence numbers, all
// far below 2^53: decode them as plain numbers instead of Long objects.
protobuf.util.Long = undefined as unknown as typeof protobuf.util.Long;
protobuf.configure();
