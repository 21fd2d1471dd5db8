import { describe, expect, it } from 'vitest';
import { AGENT_EVENTS, AGENT_STATES, nextState, type AgentEvent, type AgentState } from '../src/update/state-machine.js';
import type { OtaError } from '@otacast/shared';

/** Every allowed transition; every other (state, event) pair must be refused. */
const EXPECTED: [AgentState, AgentEvent, AgentState][] = [
  ['IDLE', 'RELEASE', 'CHECKING'],
  ['CHECKING', 'ACCEPTED', 'DOWNLOADING'],
  ['CHECKING', 'CURRENT', 'IDLE'],
  ['CHECKING', 'FAILURE', 'FAILED'],
  ['CHECKING', 'CRASH_LOOP', 'FAILED'],
  ['DOWNLOADING', 'DOWNLOADED', 'VERIFYING'],
  ['DOWNLOADING', 'FAILURE', 'FAILED'],
  ['DOWNLOADING', 'CRASH_LOOP', 'FAILED'],
  ['VERIFYING', 'VERIFIED', 'INSTALLING'],
  ['VERIFYING', 'FAILURE', 'FAILED'],
  ['VERIFYING', 'CRASH_LOOP', 'FAILED'],
  ['INSTALLING', 'ACTIVATED', 'AWAITING_COMMIT'],
  ['INSTALLING', 'FAILURE', 'ROLLING_BACK'],
  ['INSTALLING', 'CRASH_LOOP', 'ROLLING_BACK'],
  ['AWAITING_COMMIT', 'COMMITTED', 'IDLE'],
  ['AWAITING_COMMIT', 'FAILURE', 'ROLLING_BACK'],
  ['AWAITING_COMMIT', 'CRASH_LOOP', 'ROLLING_BACK'],
  ['ROLLING_BACK', 'ROLLED_BACK', 'IDLE'],
  ['ROLLING_BACK', 'FAILURE', 'FAILED'],
  ['ROLLING_BACK', 'CRASH_LOOP', 'FAILED'],
  ['FAILED', 'RESET', 'IDLE'],
];

const pairs = AGENT_STATES.flatMap((state) => AGENT_EVENTS.map((event) => [state, event] as const));

describe('agent transition table', () => {
  it.each(pairs)('%s on %s', (state, event) => {
    const expected = EXPECTED.find(([s, e]) => s === state && e === event)?.[2];
    if (expected) {
      expect(nextState(state, event)).toBe(expected);
    } else {
      let code = 'none';
      try {
        nextState(state, event);
      } catch (err) {
        code = (err as OtaError).code;
      }
      expect(code).toBe('OTA_E_STATE');
    }
  });

  it('reaches IDLE from every state', () => {
    for (const start of AGENT_STATES) {
      const seen = new Set<AgentState>([start]);
      const frontier = [start];
      while (frontier.length > 0) {
        const state = frontier.pop() as AgentState;
        for (const event of AGENT_EVENTS) {
          try {
            const next = nextState(state, event);
            if (!seen.has(next)) {
              seen.add(next);
              frontier.push(next);
            }
          } catch {
            // not a transition
          }
        }
      }
      expect(seen.has('IDLE'), start).toBe(true);
    }
  });

  it('never rolls back before anything was activated, always after', () => {
    for (const state of ['CHECKING', 'DOWNLOADING', 'VERIFYING'] as const) expect(nextState(state, 'FAILURE')).toBe('FAILED');
    for (const state of ['INSTALLING', 'AWAITING_COMMIT'] as const) expect(nextState(state, 'FAILURE')).toBe('ROLLING_BACK');
  });
});
