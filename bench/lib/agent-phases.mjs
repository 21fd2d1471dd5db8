// The agent's state transitions, read from its JSON log lines on stderr
// (`{"message":"state DOWNLOADING","timestamp":"..."}`), so a scenario can
// time one phase of an update (download + verify) apart from process start,
// connect and install.

const STATE_LINE = /^state ([A-Z_]+)$/;

/** Collects the first time each state was entered from stderr data as it arrives. */
export function phaseRecorder() {
  const entered = {};
  let pending = '';
  return {
    entered,
    feed(data) {
      pending += data;
      const lines = pending.split('\n');
      pending = lines.pop() ?? '';
      for (const line of lines) {
        if (!line.startsWith('{')) continue;
        let entry;
        try {
          entry = JSON.parse(line);
        } catch {
          continue;
        }
        // "connected" (the MQTT session is up and subscribed) is recorded as a pseudo-state, CONNECTED.
        const state = typeof entry.message !== 'string' ? undefined : entry.message === 'connected' ? 'CONNECTED' : STATE_LINE.exec(entry.message)?.[1];
        const at = Date.parse(entry.timestamp);
        if (state && Number.isFinite(at) && entered[state] === undefined) entered[state] = at;
      }
    },
  };
}

/** Seconds from entering `from` to entering `to`, or undefined when either is missing. */
export function phaseSeconds(entered, from, to) {
  if (entered[from] === undefined || entered[to] === undefined) return undefined;
  return (entered[to] - entered[from]) / 1000;
}
