// Why a connection attempt failed, in words that say what to check: an agent
// that cannot reach its server must say so (and why) instead of retrying in
// silence.

/** One line for the log and for `--once`'s OTA_E_CONNECT: what happened, what to check. */
export function describeConnectFailure(err: Error, url: string): string {
  const code = (err as NodeJS.ErrnoException).code;
  let host = url;
  try {
    const parsed = new URL(url);
    host = `${parsed.hostname}:${parsed.port || (parsed.protocol === 'mqtts:' ? '8883' : '1883')}`;
  } catch {
    // the URL was checked at start; keep it as it is
  }
  switch (code) {
    case 'ECONNREFUSED':
      return `connection refused by ${host}: is otacast serve running there, on that port?`;
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return `host name of ${host} not found (DNS${code === 'EAI_AGAIN' ? ', temporary' : ''}): check --url and the device's resolver`;
    case 'EHOSTUNREACH':
    case 'ENETUNREACH':
      return `${host} is unreachable (${code}): check the device's network and route`;
    case 'ETIMEDOUT':
      return `no answer from ${host} (timed out): a firewall, or the wrong address`;
    case 'ECONNRESET':
      return `${host} closed the connection (${code})`;
    default:
      return /connack timeout/i.test(err.message) ? `${host} accepted the connection but did not answer the MQTT CONNECT in time` : `${host}: ${err.message}`;
  }
}
