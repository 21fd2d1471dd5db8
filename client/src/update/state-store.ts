import { chmod, mkdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OtaError, isErrorCode, writeFileAtomic, type ErrorCode } from '@otacast/shared';
import { STATE_FILE_MODE } from '../install/installed.js';
import { AGENT_STATES, isAgentState, nextState, type AgentEvent, type AgentState } from './state-machine.js';

/** How an update ended; kept in IDLE so a status can say what happened last. */
const OUTCOMES = ['installed', 'current', 'rolled-back', 'failed', 'refused', 'incompatible'] as const;
export type Outcome = (typeof OUTCOMES)[number];

export interface SavedError {
  code: ErrorCode;
  message: string;
}

/** What `STATE/state.json` holds: enough to resume the update after a restart. */
export interface SavedState {
  state: AgentState;
  /** The release being applied (or last applied when IDLE). */
  releaseId?: string;
  /**
   * Base64 of the exact signed manifest bytes. The signature is checked in
   * CHECKING and again on every resume after a restart (UpdateRunner.resume,
   * a state that fails is discarded), so a forged state.json installs nothing;
   * within one run the later steps decode these bytes without checking again.
   */
  signedManifest?: string;
  /** Names of the components this update changes. */
  components?: string[];
  /** Times each state was entered for this release, restarts included: the crash-loop counter. */
  entries: Partial<Record<AgentState, number>>;
  outcome?: Outcome;
  error?: SavedError;
  updatedAtMs: number;
}

export type StatePatch = Partial<Pick<SavedState, 'releaseId' | 'signedManifest' | 'components' | 'outcome' | 'error'>>;

const FILE = 'state.json';

function parseSaved(text: string): SavedState {
  const raw = JSON.parse(text) as unknown;
  if (typeof raw !== 'object' || raw === null) throw new Error('not an object');
  const r = raw as Record<string, unknown>;
  if (!isAgentState(r['state'])) throw new Error(`unknown state ${String(r['state'])}`);
  const entries: Partial<Record<AgentState, number>> = {};
  const rawEntries = (typeof r['entries'] === 'object' && r['entries'] !== null ? r['entries'] : {}) as Record<string, unknown>;
  for (const s of AGENT_STATES) {
    const n = rawEntries[s];
    if (typeof n === 'number' && Number.isSafeInteger(n) && n >= 0) entries[s] = n;
  }
  const saved: SavedState = { state: r['state'], entries, updatedAtMs: typeof r['updatedAtMs'] === 'number' ? r['updatedAtMs'] : 0 };
  if (typeof r['releaseId'] === 'string') saved.releaseId = r['releaseId'];
  if (typeof r['signedManifest'] === 'string') saved.signedManifest = r['signedManifest'];
  if (Array.isArray(r['components']) && r['components'].every((c) => typeof c === 'string')) saved.components = r['components'] as string[];
  if (typeof r['outcome'] === 'string' && (OUTCOMES as readonly string[]).includes(r['outcome'])) saved.outcome = r['outcome'] as Outcome;
  const err = r['error'] as Record<string, unknown> | undefined;
  if (err && typeof err['code'] === 'string' && isErrorCode(err['code'])) saved.error = { code: err['code'], message: String(err['message'] ?? '') };
  if (saved.state !== 'IDLE' && (saved.releaseId === undefined || saved.signedManifest === undefined)) {
    throw new Error(`state ${saved.state} without a release`);
  }
  return saved;
}

/**
 * The persisted agent state. Every change is written atomically (temp file,
 * fsync, rename) before the caller acts on it.
 */
export class StateStore {
  private saved: SavedState;

  private constructor(
    private readonly path: string,
    saved: SavedState,
    /** Set when state.json was unreadable and the store started over from IDLE. */
    readonly recovered: OtaError | undefined,
  ) {
    this.saved = saved;
  }

  static async open(stateDir: string): Promise<StateStore> {
    // Only the agent's user may read or write what decides the next install (issue 11, hole 5).
    await mkdir(stateDir, { recursive: true, mode: 0o700 });
    await chmod(stateDir, 0o700);
    const path = join(stateDir, FILE);
    let text: string;
    try {
      text = await readFile(path, 'utf8');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return new StateStore(path, { state: 'IDLE', entries: {}, updatedAtMs: 0 }, undefined);
      throw new OtaError('OTA_E_IO', `cannot read ${path}: ${(err as Error).message}`, { cause: err });
    }
    try {
      return new StateStore(path, parseSaved(text), undefined);
    } catch (err) {
      // A device must not be stuck forever on a bad file: start over, and say so.
      const recovered = new OtaError('OTA_E_STATE', `${path} is invalid (${(err as Error).message}); starting from IDLE`, { cause: err });
      return new StateStore(path, { state: 'IDLE', entries: {}, updatedAtMs: 0 }, recovered);
    }
  }

  get current(): Readonly<SavedState> {
    return this.saved;
  }

  /**
   * Applies `event` through the transition table and persists the new state
   * (with its entry counter bumped) before returning it.
   */
  async transition(event: AgentEvent, patch: StatePatch = {}): Promise<Readonly<SavedState>> {
    const from = this.saved.state;
    const to = nextState(from, event);
    // A new release starts with fresh counters and no leftovers from the last one.
    const base: SavedState = from === 'IDLE' ? { state: to, entries: {}, updatedAtMs: 0 } : { ...this.saved, state: to };
    const entries = { ...base.entries, [to]: (base.entries[to] ?? 0) + 1 };
    await this.write({ ...base, ...patch, entries, updatedAtMs: Date.now() });
    return this.saved;
  }

  /** Counts a re-entry into the saved state after a restart; returns the new count. */
  async reenter(): Promise<number> {
    const state = this.saved.state;
    const count = (this.saved.entries[state] ?? 0) + 1;
    await this.write({ ...this.saved, entries: { ...this.saved.entries, [state]: count }, updatedAtMs: Date.now() });
    return count;
  }

  /**
   * Back to IDLE without the transition table: a saved state that does not
   * verify is not this agent's, so none of its steps (a rollback included)
   * may run. The installed release is left as it is.
   */
  async discard(error: SavedError): Promise<Readonly<SavedState>> {
    await this.write({ state: 'IDLE', entries: {}, outcome: 'refused', error, updatedAtMs: Date.now() });
    return this.saved;
  }

  private async write(next: SavedState): Promise<void> {
    await writeFileAtomic(this.path, `${JSON.stringify(next, null, 1)}\n`, STATE_FILE_MODE);
    this.saved = next;
  }
}
