import { OtaError } from '@otacast/shared';

/**
 * The update agent as a transition table (after Mender): every step of an
 * update is a state, every outcome of a step an event, and the table is the
 * only place that decides what comes next. The state is persisted before the
 * step runs, so a restart re-enters the step it was in.
 */
export const AGENT_STATES = ['IDLE', 'CHECKING', 'DOWNLOADING', 'VERIFYING', 'INSTALLING', 'AWAITING_COMMIT', 'ROLLING_BACK', 'FAILED'] as const;
export type AgentState = (typeof AGENT_STATES)[number];

export const AGENT_EVENTS = [
  /** A new release was announced (or resumed) and must be checked. */
  'RELEASE',
  /** The release is valid and some components must be fetched. */
  'ACCEPTED',
  /** Every component of the release is already installed. */
  'CURRENT',
  'DOWNLOADED',
  'VERIFIED',
  /** Every changed component was prepared and switched in. */
  'ACTIVATED',
  /** Health check passed and the release was committed. */
  'COMMITTED',
  /** The step failed; what that means depends on whether anything was activated. */
  'FAILURE',
  /** The step was entered too many times across restarts. */
  'CRASH_LOOP',
  'ROLLED_BACK',
  /** A failure was reported; back to waiting. */
  'RESET',
] as const;
export type AgentEvent = (typeof AGENT_EVENTS)[number];

type Table = { readonly [S in AgentState]: Partial<Readonly<Record<AgentEvent, AgentState>>> };

export const TRANSITIONS: Table = {
  IDLE: { RELEASE: 'CHECKING' },
  CHECKING: { ACCEPTED: 'DOWNLOADING', CURRENT: 'IDLE', FAILURE: 'FAILED', CRASH_LOOP: 'FAILED' },
  DOWNLOADING: { DOWNLOADED: 'VERIFYING', FAILURE: 'FAILED', CRASH_LOOP: 'FAILED' },
  VERIFYING: { VERIFIED: 'INSTALLING', FAILURE: 'FAILED', CRASH_LOOP: 'FAILED' },
  // From here on something may have been switched in: a failure rolls back.
  INSTALLING: { ACTIVATED: 'AWAITING_COMMIT', FAILURE: 'ROLLING_BACK', CRASH_LOOP: 'ROLLING_BACK' },
  AWAITING_COMMIT: { COMMITTED: 'IDLE', FAILURE: 'ROLLING_BACK', CRASH_LOOP: 'ROLLING_BACK' },
  // A rollback that itself keeps failing is reported as a failure rather than retried forever.
  ROLLING_BACK: { ROLLED_BACK: 'IDLE', FAILURE: 'FAILED', CRASH_LOOP: 'FAILED' },
  FAILED: { RESET: 'IDLE' },
};

export function isAgentState(value: unknown): value is AgentState {
  return typeof value === 'string' && (AGENT_STATES as readonly string[]).includes(value);
}

/** The next state, or OTA_E_STATE when the table has no such transition. */
export function nextState(state: AgentState, event: AgentEvent): AgentState {
  const next = TRANSITIONS[state][event];
  if (next === undefined) throw new OtaError('OTA_E_STATE', `no transition from ${state} on ${event}`);
  return next;
}
