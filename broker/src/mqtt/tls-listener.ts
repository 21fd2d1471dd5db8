import type { Socket } from 'node:net';
import { createServer, type Server, type TLSSocket } from 'node:tls';
import { OtaError, readTlsFiles, type Logger } from '@otacast/shared';

/**
 * The MQTTS listener (docs/security.md, "Transport: TLS and mTLS"). It only
 * terminates TLS: connections are counted when their TCP connection arrives
 * (before a handshake costs anything) and, once the handshake is done, handed
 * to the same path as plain sockets (packet-size guard, Aedes, outbound
 * guard; see broker.ts). With a client CA every client must present a
 * certificate that CA signed (mTLS); Node closes the others right after the
 * handshake, and the refusal is logged here with its reason.
 */
export interface TlsListenerOptions {
  cert: Buffer;
  key: Buffer;
  /** CA bundle for client certificates: given, certificates are required. */
  ca?: Buffer;
  /** A handshake not done by then is dropped (the CONNECT timeout applies after it). */
  handshakeTimeoutMs: number;
}

/** PEM files of a TLS listener, as `otacast serve` takes them. */
export interface TlsFilePaths {
  certFile: string;
  keyFile: string;
  /** Turns on mTLS. */
  caFile?: string;
}

/** Reads and checks the listener's files: unreadable, not PEM, or a key of another certificate is OTA_E_TLS. */
export async function loadTlsCredentials(paths: TlsFilePaths): Promise<Omit<TlsListenerOptions, 'handshakeTimeoutMs'>> {
  const files = await readTlsFiles({ cert: paths.certFile, key: paths.keyFile, ca: paths.caFile }, { cert: '--tls-cert', key: '--tls-key', ca: '--tls-ca' });
  if (files.cert === undefined || files.key === undefined) throw new OtaError('OTA_E_INTERNAL', 'TLS certificate and key were not read');
  return { cert: files.cert, key: files.key, ...(files.ca === undefined ? {} : { ca: files.ca }) };
}

export interface TlsConnectionPath {
  /** Counts a new TCP connection; false: refused, and already destroyed. */
  admit(socket: Socket): boolean;
  /** A connection whose handshake succeeded. */
  serve(socket: TLSSocket): void;
}

/** What the TLS layer reports about a refused client certificate, in words an operator acts on. */
const CERTIFICATE_PROBLEMS: Record<string, string> = {
  CERT_HAS_EXPIRED: 'the client certificate has expired',
  CERT_NOT_YET_VALID: 'the client certificate is not valid yet',
  UNABLE_TO_VERIFY_LEAF_SIGNATURE: 'the client certificate is not signed by --tls-ca',
  UNABLE_TO_GET_ISSUER_CERT: 'the client certificate is not signed by --tls-ca',
  UNABLE_TO_GET_ISSUER_CERT_LOCALLY: 'the client certificate is not signed by --tls-ca',
  DEPTH_ZERO_SELF_SIGNED_CERT: 'the client certificate is self-signed, not signed by --tls-ca',
  SELF_SIGNED_CERT_IN_CHAIN: 'the client certificate chains to a CA other than --tls-ca',
  CERT_SIGNATURE_FAILURE: 'the client certificate signature does not verify',
  ERR_SSL_PEER_DID_NOT_RETURN_A_CERTIFICATE: 'the client sent no certificate (mTLS: --cert and --key)',
};

export function createTlsListener(options: TlsListenerOptions, path: TlsConnectionPath, logger: Logger): Server {
  const server = createServer(
    {
      cert: options.cert,
      key: options.key,
      minVersion: 'TLSv1.2',
      handshakeTimeout: options.handshakeTimeoutMs,
      ...(options.ca === undefined ? {} : { ca: options.ca, requestCert: true, rejectUnauthorized: true }),
    },
    (socket) => path.serve(socket),
  );
  // Ahead of the TLS server's own listener, so a refused connection is never wrapped in TLS.
  server.prependListener('connection', (socket: Socket) => void path.admit(socket));
  server.on('tlsClientError', (err: Error & { code?: string }, socket: TLSSocket) => {
    // Node destroys a refused socket before this runs, so its address is usually gone by now.
    const remote = socket.remoteAddress ?? '';
    const reason = (typeof socket.authorizationError === 'string' ? socket.authorizationError : socket.authorizationError?.message) ?? err.code ?? '';
    const problem = CERTIFICATE_PROBLEMS[reason];
    if (problem !== undefined) {
      logger.warn('client certificate refused', { code: 'OTA_E_TLS', reason, problem, remote });
    } else if (reason === 'ERR_TLS_HANDSHAKE_TIMEOUT') {
      logger.warn('connection refused before CONNECT', { code: 'OTA_E_CONNECTION_LIMIT', reason: 'tls-handshake-timeout', remote });
    } else if (reason === 'ECONNRESET') {
      // The client hung up mid-handshake: it may not trust our certificate (its side says why), or it was refused above.
      logger.debug('TLS client hung up during the handshake', { code: 'OTA_E_TLS', remote });
    } else {
      logger.warn('TLS handshake failed', { code: 'OTA_E_TLS', reason, error: err.message, remote });
    }
  });
  return server;
}
