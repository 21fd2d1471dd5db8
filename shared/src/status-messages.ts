/**
 * DeviceStatus messages with a meaning for the server beyond display (a
 * status without an error code and with one of these says what the agent
 * is doing).
 */

/** The agent holds a verified release and switches it in when its `--install-window` opens; the rollout's device timeout does not run out meanwhile. */
export const WAITING_FOR_INSTALL_WINDOW = 'waiting for install window';
