import { X509Certificate, createPrivateKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { OtaError } from './errors.js';

/**
 * TLS material and TLS failures, the same for the server, the agent and the
 * admin CLIs (docs/security.md, "Transport: TLS and mTLS"): files are checked
 * when read, so a wrong path or a key that does not belong to its certificate
 * stops a process at start, not at the first handshake; handshake errors are
 * turned into OTA_E_TLS lines that say what to fix.
 */
export interface TlsFiles {
  /** PEM bundle of the CAs to trust instead of the system store. */
  ca?: Buffer;
  /** PEM certificate (chain) this side presents. */
  cert?: Buffer;
  /** PEM private key of `cert`. */
  key?: Buffer;
}

export interface TlsPaths {
  ca?: string | undefined;
  cert?: string | undefined;
  key?: string | undefined;
}

/** The flag each file came from, for messages. */
export type TlsFlagNames = Record<keyof TlsFiles, string>;

const AGENT_FLAGS: TlsFlagNames = { ca: '--ca', cert: '--cert', key: '--key' };

async function readPem(path: string, flag: string): Promise<Buffer> {
  try {
    return await readFile(path);
  } catch (err) {
    throw new OtaError('OTA_E_TLS', `cannot read ${flag} ${path} (${(err as NodeJS.ErrnoException).code ?? String(err)})`, { cause: err });
  }
}

function parseCertificate(pem: Buffer, flag: string, path: string): X509Certificate {
  try {
    return new X509Certificate(pem);
  } catch (err) {
    throw new OtaError('OTA_E_TLS', `${flag} ${path} is not a PEM certificate: ${(err as Error).message}`, { cause: err });
  }
}

/** Reads and checks the given files: each must parse, and the key must belong to the certificate. */
export async function readTlsFiles(paths: TlsPaths, flags: TlsFlagNames = AGENT_FLAGS): Promise<TlsFiles> {
  const files: TlsFiles = {};
  if (paths.ca !== undefined) {
    files.ca = await readPem(paths.ca, flags.ca);
    parseCertificate(files.ca, flags.ca, paths.ca);
  }
  if ((paths.cert === undefined) !== (paths.key === undefined)) {
    throw new OtaError('OTA_E_USAGE', `${flags.cert} and ${flags.key} go together`);
  }
  if (paths.cert !== undefined && paths.key !== undefined) {
    files.cert = await readPem(paths.cert, flags.cert);
    files.key = await readPem(paths.key, flags.key);
    const certificate = parseCertificate(files.cert, flags.cert, paths.cert);
    let matches: boolean;
    try {
      matches = certificate.checkPrivateKey(createPrivateKey(files.key));
    } catch (err) {
      throw new OtaError('OTA_E_TLS', `${flags.key} ${paths.key} is not a PEM private key: ${(err as Error).message}`, { cause: err });
    }
    if (!matches) throw new OtaError('OTA_E_TLS', `${flags.key} ${paths.key} is not the key of ${flags.cert} ${paths.cert}`);
  }
  return files;
}

/** The subject CN of a certificate (the device id, for device certificates). */
export function commonNameOf(certificate: X509Certificate): string {
  return /(?:^|\n)CN=([^\n]*)/.exec(certificate.subject)?.[1] ?? '';
}

/** Node's codes for a server certificate this side does not trust. */
const UNTRUSTED = new Set([
  'SELF_SIGNED_CERT_IN_CHAIN', 'DEPTH_ZERO_SELF_SIGNED_CERT', 'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY', 'UNABLE_TO_GET_ISSUER_CERT', 'CERT_SIGNATURE_FAILURE', 'CERT_UNTRUSTED', 'CERT_REJECTED',
]);

/** TLS alerts a server (an OpenSSL one such as Mosquitto) sends when it refuses the client's certificate. */
const CERTIFICATE_ALERT = /^ERR_SSL_(?:SSLV3|TLSV1|TLSV13)_ALERT_(UNKNOWN_CA|BAD_CERTIFICATE|CERTIFICATE_EXPIRED|CERTIFICATE_UNKNOWN|CERTIFICATE_REVOKED|UNSUPPORTED_CERTIFICATE|ACCESS_DENIED|DECRYPT_ERROR)$/;

/**
 * The OTA_E_TLS error a failed TLS connection to `url` means, seen from the
 * connecting side; undefined when `err` is not about TLS (a refused TCP
 * connection, a reset), which the caller handles as a link failure.
 */
export function tlsConnectError(err: unknown, url: string): OtaError | undefined {
  if (!(err instanceof Error)) return undefined;
  const code = String((err as NodeJS.ErrnoException).code ?? '');
  const fail = (message: string): OtaError => new OtaError('OTA_E_TLS', `${url}: ${message}`, { cause: err, details: { tlsCode: code } });
  if (UNTRUSTED.has(code)) return fail(`the server's certificate is not signed by a trusted CA (${code}): check --ca (the CA that signed the server's --tls-cert)`);
  if (code === 'CERT_HAS_EXPIRED') return fail("the server's certificate has expired: renew the server's --tls-cert, or check this machine's clock");
  if (code === 'CERT_NOT_YET_VALID') return fail("the server's certificate is not valid yet: check this machine's clock");
  if (code === 'ERR_TLS_CERT_ALTNAME_INVALID') return fail(`the server's certificate is not for this host (${err.message}): connect by a name or address it lists, or reissue it with that subjectAltName`);
  if (code === 'ERR_SSL_TLSV13_ALERT_CERTIFICATE_REQUIRED' || code === 'ERR_SSL_SSLV3_ALERT_HANDSHAKE_FAILURE') {
    return fail('the server requires a client certificate: pass --cert and --key');
  }
  const alert = CERTIFICATE_ALERT.exec(code);
  if (alert) return fail(`the server refused this client's certificate (${alert[1]?.toLowerCase().replaceAll('_', ' ')}): check --cert against the server's --tls-ca`);
  if (code === 'ERR_SSL_WRONG_VERSION_NUMBER' || code === 'ERR_SSL_PACKET_LENGTH_TOO_LONG') return fail('the server does not speak TLS on this port: is it a plain mqtt:// port?');
  if (code.startsWith('ERR_SSL_') || code.startsWith('ERR_TLS_')) return fail(`TLS handshake failed (${code}): ${err.message}`);
  return undefined;
}

/** Every certificate of a PEM bundle. */
function certificatesOf(pem: Buffer): X509Certificate[] {
  const blocks = pem.toString('utf8').match(/-----BEGIN CERTIFICATE-----[\s\S]*?-----END CERTIFICATE-----/g) ?? [];
  return blocks.flatMap((block) => {
    try {
      return [new X509Certificate(block)];
    } catch {
      return [];
    }
  });
}

/**
 * Why a server that verifies client certificates would have refused `cert`,
 * as far as this side can tell: Node-based servers close the connection
 * without a TLS alert, so the client has to look at its own certificate.
 * Only asked after a refusal (never before connecting: a device without a
 * real-time clock may think a good certificate is not valid yet). `ca` is the
 * CA given for the server's certificate, which usually signs device
 * certificates too. Undefined: nothing wrong found here.
 */
export function refusedCertificateReason(cert: Buffer, ca: Buffer | undefined, url: string, now = new Date()): OtaError | undefined {
  const [own] = certificatesOf(cert);
  if (own === undefined) return undefined;
  const who = `this certificate (CN=${commonNameOf(own)})`;
  const fail = (message: string): OtaError => new OtaError('OTA_E_TLS', `${url} refused ${who}: ${message}`);
  if (now.getTime() > Date.parse(own.validTo)) return fail(`it expired on ${new Date(own.validTo).toISOString()}; install a renewed certificate (--cert)`);
  if (now.getTime() < Date.parse(own.validFrom)) return fail(`it is not valid before ${new Date(own.validFrom).toISOString()}; check the clocks`);
  if (ca !== undefined) {
    const issuers = certificatesOf(ca);
    const signed = issuers.some((issuer) => own.checkIssued(issuer) && own.verify(issuer.publicKey));
    if (!signed) return fail("it is not signed by the CA in --ca; the server accepts only certificates signed by its --tls-ca");
  }
  return undefined;
}
