// A lightweight simulated device for the fleet bench: one MQTT connection
// speaking the device protocol of docs/protocol.md (retained signed manifest,
// ChunkRequest/Chunk with a sliding window and timeouts, sha256 of every
// blob, the whole component's sha256 over its chunks in index order,
// DeviceStatus at start and end) without the agent's disk state, so hundreds
// share one process. It writes nothing and installs nothing: a verified chunk
// is held only until the component hash has taken it in (bench/README.md).
// With `rollout` it follows its dev/{id}/assign topic instead of the channel
// (an assignment starts it, a cancel stops it) and may report a failed
// health check instead of the install (the rollout bench).
// With `cast`, it also listens to broadcasts as the agent does
// (docs/protocol.md, "Broadcast"; client/src/fetch/fetch-run.ts): while a cast
// of its release runs, chunks wait for the cast instead of being asked for;
// a cast chunk is verified like a pulled one; chunks the cast went past
// without bringing, and whatever is left when it ends or falls silent, are pulled.
import { createHash } from 'node:crypto';
import { brotliDecompressSync } from 'node:zlib';
import mqtt from 'mqtt';
import { MAX_RANGE_BYTES, MAX_RANGES_PER_REQUEST, decode, decodeChunkIndex, encode, pb, sha256, toHex, topics, verifySignedManifest } from '@otacast/shared';
import { performance } from 'node:perf_hooks';

const WINDOW = 16; // ranges in flight: the agent's initial window
const MAX_TIMEOUTS_PER_RANGE = 10;
// After MAX_TIMEOUTS_PER_RANGE the agent fails the attempt (OTA_E_TIMEOUT) and
// retries the release 30 s later, resuming from its part file; so does this.
const RETRY_DELAY_MS = 30_000;
const MAX_CHUNK_MESSAGE = 2 * MAX_RANGE_BYTES + 64 * 1024;
const CAST_IDLE_MS = 3_000; // the agent's DEFAULT_CAST_IDLE_MS

function decodeData(chunk) {
  const data = Buffer.from(chunk.data ?? []);
  switch (chunk.encoding ?? 0) {
    case pb.ChunkEncoding.CHUNK_ENCODING_RAW:
      return data;
    case pb.ChunkEncoding.CHUNK_ENCODING_BROTLI:
      return brotliDecompressSync(data);
    default:
      throw new Error(`sim device does not know chunk encoding ${chunk.encoding}: teach bench/lib/sim-device.mjs`);
  }
}

/**
 * The whole component's sha256, as the agent checks it before installing:
 * chunks (fetched once each, in any order) are hashed in index order, each
 * held only until the hash has reached every place the index uses it.
 */
function componentHash(index) {
  const hash = createHash('sha256');
  const uses = new Map();
  for (const c of index) uses.set(toHex(c.digest), (uses.get(toHex(c.digest)) ?? 0) + 1);
  const held = new Map();
  let next = 0;
  return {
    add(hex, data) {
      held.set(hex, data);
      while (next < index.length) {
        const at = toHex(index[next].digest);
        const bytes = held.get(at);
        if (bytes === undefined) return;
        hash.update(bytes);
        next++;
        const left = uses.get(at) - 1;
        uses.set(at, left);
        if (left === 0) held.delete(at);
      }
    },
    check(component) {
      if (next !== index.length) throw new Error(`component ${component.name}: ${index.length - next} chunks never arrived`);
      if (!hash.digest().equals(Buffer.from(component.sha256))) throw new Error(`component ${component.name}: whole-component sha256 does not match the manifest`);
    },
  };
}

export class SimDevice {
  /** `trusted`: [TrustedKey]; `onDone(error | undefined, bytes, retries)` once per device. */
  /**
   * `rollout`: { version, fail } — follow assignments of that version only
   * (a retained one of an earlier rollout is ignored) and, with `fail`, report
   * a rolled-back install after downloading and verifying. `cast`: listen to broadcasts.
   */
  constructor({ url, id, token, product, channel = 'stable', trusted, onDone, rollout, cast = false }) {
    Object.assign(this, { url, id, token, product, channel, trusted, onDone, rollout, cast });
    this.topics = { rel: topics.release(product, channel), assign: topics.deviceAssign(id), chunk: topics.deviceChunk(id), cmd: topics.deviceCommand(id), req: topics.deviceRequest(id), status: topics.deviceStatus(id), cast: topics.castFilter(product) };
    this.castPrefix = this.topics.cast.slice(0, -1);
    // While a cast of our release runs: when it was last heard, and the jobs waiting for it (in cast order).
    this.casting = { heardAt: 0, ended: true };
    this.parked = [];
    this.parkedSince = 0;
    this.castWanted = false;
    this.jobs = new Map();
    this.queue = [];
    this.inFlight = new Set();
    this.rto = { srtt: undefined, rttvar: 0, backoff: 1 };
    // The server applies a status only when its seq is newer than the last one: a later run of the same device must count on.
    this.seq = Date.now();
    this.finished = false;
    this.stats = { requests: 0, timeouts: 0, retries: 0, bytes: 0, castBytes: 0 };
    this.pausedUntil = 0;
  }

  connect() {
    this.client = mqtt.connect(this.url, { clientId: this.id, username: this.id, password: this.token, clean: false, reconnectPeriod: 0, connectTimeout: 30_000, keepalive: 60 });
    this.client.on('message', (topic, payload) => this.#onMessage(topic, payload));
    this.client.on('error', (err) => this.#finish(err));
    this.client.on('close', () => this.#finish(new Error('connection closed')));
    return new Promise((resolve, reject) => {
      this.client.once('connect', () => resolve());
      this.client.once('error', reject);
    });
  }

  /** Subscribes; the retained manifest that follows starts the update. */
  async start() {
    await this.client.subscribeAsync({ [this.topics.chunk]: { qos: 0 }, [this.topics.cmd]: { qos: 1 } });
    await this.client.subscribeAsync(this.rollout ? this.topics.assign : this.topics.rel, { qos: 1 });
    this.ticker = setInterval(() => this.#tick(), 100);
  }

  close() {
    clearInterval(this.ticker);
    this.finished = true;
    this.client?.end(true);
  }

  #onMessage(topic, payload) {
    if (this.finished) return;
    try {
      if (topic === this.topics.chunk) this.#onChunk(payload);
      else if (topic.startsWith(this.castPrefix)) this.#onCast(payload);
      // A persistent session may still hold the channel subscription of an earlier run: a rollout device ignores it.
      else if (topic === this.topics.rel && !this.release && !this.rollout) void this.#update(payload).catch((err) => this.#finish(err));
      else if (topic === this.topics.assign) this.#onAssignment(payload);
    } catch (err) {
      this.#finish(err);
    }
  }

  #onAssignment(payload) {
    if (payload.length === 0) return;
    const decoded = decode(pb.Assignment, payload, 1 << 20, 'assignment');
    if (!decoded.ok) throw decoded.error;
    const a = decoded.value;
    if (a.cancel) {
      // The halt reaching a device mid-transfer: it stops here.
      if (this.release && (!a.releaseId || a.releaseId === this.release.releaseId)) this.#finish(new Error('assignment withdrawn'));
      return;
    }
    if (this.release || !a.signedManifest?.length) return;
    if (verifySignedManifest(Buffer.from(a.signedManifest), this.trusted).manifest.version !== this.rollout.version) return;
    void this.#update(Buffer.from(a.signedManifest)).catch((err) => this.#finish(err));
  }

  async #update(payload) {
    const verified = verifySignedManifest(payload, this.trusted);
    this.release = verified;
    const total = verified.manifest.components.reduce((s, c) => s + c.size, 0);
    if (this.cast) await this.client.subscribeAsync(this.topics.cast, { qos: 0 });
    this.#status({ state: pb.AgentState.AGENT_STATE_DOWNLOADING, outcome: pb.Outcome.OUTCOME_IN_PROGRESS, bytesTotal: total });
    for (const component of verified.manifest.components) {
      let index;
      await this.#fetch([{ digest: component.indexDigest, size: component.indexSize }], (_hex, data) => (index = data));
      const chunks = decodeChunkIndex(index);
      if (!chunks.ok) throw chunks.error;
      const size = chunks.value.reduce((s, c) => s + c.length, 0);
      if (size !== component.size) throw new Error(`index of ${component.name} covers ${size} bytes, manifest says ${component.size}`);
      const unique = new Map(chunks.value.map((c) => [toHex(c.digest), { digest: c.digest, size: c.length }]));
      const whole = componentHash(chunks.value);
      this.castWanted = this.cast;
      await this.#fetch([...unique.values()], whole.add);
      this.castWanted = false;
      whole.check(component);
    }
    if (this.cast) await this.client.unsubscribeAsync(this.topics.cast);
    const version = verified.manifest.version;
    if (this.rollout?.fail) {
      this.#status({ state: pb.AgentState.AGENT_STATE_IDLE, outcome: pb.Outcome.OUTCOME_ROLLED_BACK, errorCode: 'OTA_E_HEALTH', message: 'health check failed (simulated)', bytesDone: total, bytesTotal: total });
      this.#finish(new Error('health check failed (simulated)'));
      return;
    }
    this.#status({ state: pb.AgentState.AGENT_STATE_IDLE, outcome: pb.Outcome.OUTCOME_INSTALLED, installedVersion: version, bytesDone: total, bytesTotal: total });
    this.#finish(undefined);
  }

  #status(fields) {
    const body = { seq: ++this.seq, timestampMs: Date.now(), releaseId: this.release.releaseId, targetVersion: this.release.manifest.version, ...fields };
    this.client.publish(this.topics.status, encode(pb.DeviceStatus, body), { qos: 1 });
  }

  /** Fetches whole blobs (each verified by its sha256), handing each to `onBlob(hex, bytes)`; resolves when all arrived. */
  #fetch(wants, onBlob) {
    return new Promise((resolve, reject) => {
      let remaining = wants.length;
      this.blobDone = (job) => {
        onBlob(toHex(job.want.digest), job.data ?? Buffer.alloc(0));
        if (--remaining === 0) resolve();
      };
      this.blobFailed = reject;
      wants.forEach((want, order) => {
        const job = { want, order, pieces: [], data: undefined, corrupt: 0 };
        for (let offset = 0; offset < want.size; offset += MAX_RANGE_BYTES) {
          job.pieces.push({ job, offset, length: Math.min(MAX_RANGE_BYTES, want.size - offset), received: 0, sends: 0, timeouts: 0, sentAt: 0 });
        }
        this.jobs.set(toHex(want.digest), job);
        if (this.#listening() && job.pieces.length === 1) this.#park([job]);
        else this.queue.push(...job.pieces);
      });
      this.#pump();
    });
  }

  #pump() {
    if (performance.now() < this.pausedUntil) return;
    for (;;) {
      const room = WINDOW - this.inFlight.size;
      // Like the agent: fuller requests, unless the pipe is empty.
      if (room <= 0 || this.queue.length === 0 || (this.inFlight.size > 0 && room < Math.min(this.queue.length, WINDOW / 4))) return;
      const batch = this.queue.splice(0, Math.min(room, MAX_RANGES_PER_REQUEST));
      const ranges = batch.map((p) => ({ digest: p.job.want.digest, offset: p.offset + p.received, length: p.length - p.received }));
      this.client.publish(this.topics.req, encode(pb.ChunkRequest, { releaseId: this.release.releaseId, ranges }), { qos: 0 });
      this.stats.requests++;
      const now = performance.now();
      for (const piece of batch) {
        piece.sends++;
        piece.sentAt = now;
        this.inFlight.add(piece);
      }
    }
  }

  #listening() {
    return this.castWanted && !this.casting.ended && performance.now() - this.casting.heardAt < CAST_IDLE_MS;
  }

  #onCast(payload) {
    const decoded = decode(pb.CastFrame, payload, MAX_CHUNK_MESSAGE, 'cast frame');
    if (!decoded.ok) throw decoded.error;
    const { info, chunk } = decoded.value;
    if (info) {
      if (info.releaseId !== this.release?.releaseId) return;
      const was = this.#listening();
      this.casting = { heardAt: performance.now(), ended: info.ended === true };
      if (!was && this.#listening()) {
        // What waits to be asked for waits for the cast instead.
        const unsent = this.queue.filter((p) => p.sends === 0 && p.received === 0 && p.job.pieces.length === 1);
        this.queue = this.queue.filter((p) => !unsent.includes(p));
        this.#park(unsent.map((p) => p.job).sort((a, b) => a.order - b.order));
      } else if (!this.#listening()) this.#castOver();
      return;
    }
    if (!chunk?.length || !this.castWanted) return;
    this.casting.heardAt = performance.now();
    const message = decode(pb.Chunk, chunk, MAX_CHUNK_MESSAGE, 'chunk');
    if (!message.ok) throw message.error;
    const job = this.jobs.get(toHex(message.value.digest ?? []));
    const piece = job?.pieces[0];
    if (!job || job.pieces.length !== 1 || piece.received > 0 || Number(message.value.offset ?? 0) !== 0) return;
    const data = decodeData(message.value);
    // Jobs parked before this one were passed by the cast: pull them.
    while (this.parked.length > 0 && this.parked[0].order < job.order) {
      const passed = this.parked.shift();
      if (this.jobs.has(toHex(passed.want.digest))) this.queue.push(...passed.pieces);
    }
    if (data.length !== job.want.size || !sha256(data).equals(Buffer.from(job.want.digest))) return this.#pump();
    if (this.parked.includes(job)) this.parkedSince = performance.now();
    this.parked = this.parked.filter((j) => j !== job);
    this.queue = this.queue.filter((p) => p !== piece);
    this.inFlight.delete(piece);
    job.data = data;
    piece.received = piece.length;
    this.stats.bytes += data.length;
    this.stats.castBytes += data.length;
    this.#complete(job);
    this.#pump();
  }

  /** Parks jobs for the cast; the wait for it runs from the first one parked, or the last one it brought. */
  #park(jobs) {
    if (this.parked.length === 0) this.parkedSince = performance.now();
    this.parked.push(...jobs);
  }

  /** The cast ended or fell silent, or brought nothing for CAST_IDLE_MS (the agent's bound when it has no pull rate yet): pull what it did not bring. */
  #castOver() {
    for (const job of this.parked.splice(0)) if (this.jobs.has(toHex(job.want.digest))) this.queue.push(...job.pieces);
    this.#pump();
  }

  #onChunk(payload) {
    const decoded = decode(pb.Chunk, payload, MAX_CHUNK_MESSAGE, 'chunk');
    if (!decoded.ok) throw decoded.error;
    const chunk = decoded.value;
    const job = this.jobs.get(toHex(chunk.digest ?? []));
    if (!job) return;
    if (chunk.errorCode) throw new Error(`server refused blob: ${chunk.errorCode}`);
    const offset = Number(chunk.offset ?? 0);
    const piece = job.pieces.find((p) => offset === p.offset + p.received);
    const data = decodeData(chunk);
    if (!piece || data.length === 0 || offset + data.length > piece.offset + piece.length) return;
    if (job.pieces.length === 1 && offset === 0 && data.length === job.want.size) job.data = data;
    else data.copy((job.data ??= Buffer.alloc(job.want.size)), offset);
    piece.received += data.length;
    this.stats.bytes += data.length;
    if (piece.received < piece.length) return;
    this.inFlight.delete(piece);
    if (piece.sends === 1) this.#sample(performance.now() - piece.sentAt);
    if (job.pieces.every((p) => p.received >= p.length)) this.#complete(job);
    this.#pump();
  }

  #complete(job) {
    const hex = toHex(job.want.digest);
    if (!sha256(job.data ?? Buffer.alloc(0)).equals(Buffer.from(job.want.digest))) {
      if (++job.corrupt >= 5) throw new Error(`blob ${hex.slice(0, 16)} failed its sha256 5 times`);
      for (const p of job.pieces) p.received = 0;
      this.queue.unshift(...job.pieces);
      return;
    }
    this.jobs.delete(hex);
    this.blobDone(job);
    job.data = undefined;
  }

  /** RFC 6298 round-trip estimate, as the agent keeps it. */
  #sample(ms) {
    const r = this.rto;
    if (r.srtt === undefined) [r.srtt, r.rttvar] = [ms, ms / 2];
    else [r.rttvar, r.srtt] = [0.75 * r.rttvar + 0.25 * Math.abs(r.srtt - ms), 0.875 * r.srtt + 0.125 * ms];
    r.backoff = 1;
  }

  #rtoMs() {
    const r = this.rto;
    const base = r.srtt === undefined ? 2_000 : r.srtt + 4 * r.rttvar;
    return Math.min(30_000, Math.max(250, base) * r.backoff);
  }

  #tick() {
    if (this.finished) return;
    const now = performance.now();
    if (this.parked.length > 0 && (!this.#listening() || now - this.parkedSince >= CAST_IDLE_MS)) this.#castOver();
    if (this.pausedUntil > 0 && now >= this.pausedUntil) {
      this.pausedUntil = 0;
      this.#pump();
    }
    if (this.inFlight.size === 0) return;
    const rto = this.#rtoMs();
    const lost = [...this.inFlight].filter((p) => now - p.sentAt >= rto);
    if (lost.length === 0) return;
    this.rto.backoff = Math.min(this.rto.backoff * 2, 64);
    for (const piece of lost) {
      this.inFlight.delete(piece);
      this.stats.timeouts++;
      this.queue.unshift(piece);
      if (++piece.timeouts >= MAX_TIMEOUTS_PER_RANGE) this.#retryLater();
    }
    this.#pump();
  }

  /** Gives up this attempt like the agent does: everything in flight goes back to the queue until the retry. */
  #retryLater() {
    if (this.pausedUntil > 0) return;
    this.stats.retries++;
    for (const piece of this.inFlight) this.queue.unshift(piece);
    this.inFlight.clear();
    for (const piece of this.queue) piece.timeouts = 0;
    this.rto.backoff = 1;
    this.pausedUntil = performance.now() + RETRY_DELAY_MS;
  }

  #finish(error) {
    if (this.finished) return;
    this.finished = true;
    clearInterval(this.ticker);
    this.blobFailed?.(error);
    this.onDone(error, this.stats.bytes, this.stats.retries, { started: this.release !== undefined, castBytes: this.stats.castBytes });
  }
}
