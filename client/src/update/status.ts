import { capStatusMessage, pb, type ErrorCode } from '@otacast/shared';
import { componentVersions, type InstalledRelease } from '../install/installed.js';
import type { StatusRecord } from '../link/outbox.js';
import type { AgentState } from './state-machine.js';
import type { Outcome } from './state-store.js';

const STATE_TO_WIRE: Record<AgentState, number> = {
  IDLE: pb.AgentState.AGENT_STATE_IDLE,
  CHECKING: pb.AgentState.AGENT_STATE_CHECKING,
  DOWNLOADING: pb.AgentState.AGENT_STATE_DOWNLOADING,
  VERIFYING: pb.AgentState.AGENT_STATE_VERIFYING,
  INSTALLING: pb.AgentState.AGENT_STATE_INSTALLING,
  AWAITING_COMMIT: pb.AgentState.AGENT_STATE_AWAITING_COMMIT,
  ROLLING_BACK: pb.AgentState.AGENT_STATE_ROLLING_BACK,
  FAILED: pb.AgentState.AGENT_STATE_FAILED,
};

const OUTCOME_TO_WIRE: Record<Outcome, number> = {
  installed: pb.Outcome.OUTCOME_INSTALLED,
  current: pb.Outcome.OUTCOME_ALREADY_CURRENT,
  refused: pb.Outcome.OUTCOME_REFUSED,
  failed: pb.Outcome.OUTCOME_FAILED,
  'rolled-back': pb.Outcome.OUTCOME_ROLLED_BACK,
  incompatible: pb.Outcome.OUTCOME_INCOMPATIBLE,
};

/** Refusals: the release itself is unacceptable (as opposed to failing to install it). */
const REFUSAL_CODES: readonly ErrorCode[] = ['OTA_E_SIGNATURE', 'OTA_E_UNTRUSTED_KEY', 'OTA_E_PRODUCT', 'OTA_E_EXPIRED', 'OTA_E_DOWNGRADE', 'OTA_E_REPLAYED_MANIFEST', 'OTA_E_PROTOCOL', 'OTA_E_DECODE', 'OTA_E_TOO_LARGE'];

/** How a failure with `code` ends, given whether anything had been switched in. */
export function outcomeOfError(code: ErrorCode, rolledBack: boolean): Outcome {
  if (rolledBack) return 'rolled-back';
  if (code === 'OTA_E_INCOMPATIBLE') return 'incompatible';
  if (REFUSAL_CODES.includes(code)) return 'refused';
  return 'failed';
}

export interface StatusInput {
  state: AgentState;
  outcome?: Outcome | undefined;
  releaseId?: string | undefined;
  targetVersion?: string | undefined;
  installed: InstalledRelease | undefined;
  error?: { code: ErrorCode; message: string } | undefined;
  bytesDone?: number;
  bytesTotal?: number;
  hardware?: string | undefined;
  /** Said when there is no error, e.g. "waiting for install window". */
  message?: string | undefined;
}

/** A DeviceStatus (without seq, which the outbox assigns). */
export function buildStatus(input: StatusInput, nowMs = Date.now()): Omit<StatusRecord, 'seq'> {
  const busy = input.state !== 'IDLE' && input.state !== 'FAILED';
  let outcome: number = pb.Outcome.OUTCOME_UNSPECIFIED;
  if (busy) outcome = pb.Outcome.OUTCOME_IN_PROGRESS;
  else if (input.outcome) outcome = OUTCOME_TO_WIRE[input.outcome];
  return {
    timestampMs: nowMs,
    state: STATE_TO_WIRE[input.state],
    outcome,
    releaseId: input.releaseId ?? '',
    targetVersion: input.targetVersion ?? '',
    installedVersion: input.installed?.version ?? '',
    components: componentVersions(input.installed),
    errorCode: input.error?.code ?? '',
    // Capped here as the server caps it: an installer's long output must not make a status too large to send.
    message: capStatusMessage(input.error?.message ?? input.message ?? ''),
    bytesDone: input.bytesDone ?? 0,
    bytesTotal: input.bytesTotal ?? 0,
    hardware: input.hardware ?? '',
  };
}
