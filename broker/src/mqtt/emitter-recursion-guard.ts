/**
 * Keeps Aedes' message emitter (mqemitter) from overflowing the stack under
 * load. Once `concurrency` messages are in flight, further ones queue; when one
 * completes, mqemitter starts the next queued one synchronously, and a message
 * whose listeners all finish synchronously (no subscribers, or QoS 0 writes
 * through the outbound guard) completes inside that call and starts the next:
 * a queue of thousands (10,000 devices each sending a status at once) becomes
 * one recursion thousands of frames deep and the server dies with "Maximum call
 * stack size exceeded" (upstream: mcollina/mqemitter#204, open).
 *
 * The guard counts how deeply message starts nest; past `maxDepth` it puts the
 * message back at the head of the queue, keeps its slot counted (so later
 * messages still queue behind it: order is kept), and starts it from a fresh
 * stack on the next turn of the event loop.
 */
interface QueuedEmitter {
  _do(message: unknown, callback: unknown): unknown;
  _released(): void;
  _messageQueue: unknown[];
  _messageCallbacks: unknown[];
  current: number;
}

/** Nesting past this starts the next message from a fresh stack; each level costs ~10 frames. */
export const MAX_EMIT_DEPTH = 64;

export function guardEmitterRecursion(mq: unknown, maxDepth = MAX_EMIT_DEPTH): void {
  const emitter = mq as QueuedEmitter;
  const start = emitter._do.bind(emitter);
  let depth = 0;
  emitter._do = (message, callback) => {
    if (depth >= maxDepth) {
      emitter._messageQueue.unshift(message);
      emitter._messageCallbacks.unshift(callback);
      // _released() gives the slot back and starts the head of the queue: this message.
      emitter.current++;
      setImmediate(() => emitter._released());
      return emitter;
    }
    depth++;
    try {
      return start(message, callback);
    } finally {
      depth--;
    }
  };
}
