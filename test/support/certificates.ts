import { execFile, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** Whether the `openssl` command is there (tests skip loudly without it, and fail in CI). */
export function hasOpenssl(): boolean {
  return spawnSync('openssl', ['version'], { stdio: 'ignore' }).status === 0;
}

/** A certificate and its key, as PEM files. */
export interface CertificateFiles {
  cert: string;
  key: string;
}

/** What makeCertificates writes: a CA, a server certificate it signed, device certificates, and the bad ones. */
export interface TestCertificates {
  dir: string;
  /** The CA: trusted by agents (--ca) and by the server for client certificates (--tls-ca). */
  ca: string;
  /** For 127.0.0.1 and localhost (subjectAltName). */
  server: CertificateFiles;
  /** CN=dev1, CN=dev2, CN=ops (not a device: an operator's certificate). */
  devices: Record<string, CertificateFiles>;
  /** CN=dev1, valid from 2020-01-01 to 2020-01-02. */
  expired: CertificateFiles;
  /** CN=dev1, signed by another CA. */
  foreign: CertificateFiles;
  /** The other CA (for an agent that trusts the wrong one). */
  otherCa: string;
}

/** No system openssl.cnf: every field comes from the command line, the same on every machine. */
const REQ_CONFIG = '[req]\ndistinguished_name = dn\nprompt = no\n[dn]\n';
/** `openssl ca` is the one OpenSSL 3.0 command that sets a validity in the past (-startdate/-enddate). */
const CA_CONFIG = '[ca]\ndefault_ca = ca_default\n[ca_default]\ndatabase = index.txt\nserial = serial.txt\nnew_certs_dir = .\ndefault_md = sha256\npolicy = any\nunique_subject = no\n[any]\ncommonName = supplied\n';

/** Generates every certificate the TLS tests need in `dir` (EC P-256 keys: fast). */
export async function makeCertificates(dir: string): Promise<TestCertificates> {
  await mkdir(dir, { recursive: true });
  const at = (name: string): string => join(dir, name);
  const openssl = (...args: string[]) => run('openssl', args, { cwd: dir });
  await writeFile(at('req.cnf'), REQ_CONFIG);
  const newKey = (name: string) => openssl('genpkey', '-algorithm', 'EC', '-pkeyopt', 'ec_paramgen_curve:P-256', '-out', `${name}.key`);
  const newCa = async (name: string, cn: string): Promise<void> => {
    await newKey(name);
    await openssl('req', '-config', 'req.cnf', '-x509', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-days', '30',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign', '-out', `${name}.pem`);
  };
  const request = async (name: string, cn: string): Promise<void> => {
    await newKey(name);
    await openssl('req', '-config', 'req.cnf', '-new', '-key', `${name}.key`, '-subj', `/CN=${cn}`, '-out', `${name}.csr`);
  };
  const leaf = async (name: string, cn: string, ca: string, extensions: string): Promise<CertificateFiles> => {
    await request(name, cn);
    await writeFile(at(`${name}.ext`), extensions);
    await openssl('x509', '-req', '-in', `${name}.csr`, '-CA', `${ca}.pem`, '-CAkey', `${ca}.key`, '-days', '30', '-set_serial', String(Date.now() + name.length), '-extfile', `${name}.ext`, '-out', `${name}.pem`);
    return { cert: at(`${name}.pem`), key: at(`${name}.key`) };
  };
  const client = 'extendedKeyUsage=clientAuth\n';

  await newCa('ca', 'otacast test CA');
  await newCa('other-ca', 'some other CA');
  const server = await leaf('server', '127.0.0.1', 'ca', 'subjectAltName=IP:127.0.0.1,DNS:localhost\nextendedKeyUsage=serverAuth\n');
  const devices: Record<string, CertificateFiles> = {};
  for (const id of ['dev1', 'dev2', 'ops']) devices[id] = await leaf(id, id, 'ca', client);
  const foreign = await leaf('foreign', 'dev1', 'other-ca', client);

  await request('expired', 'dev1');
  await writeFile(at('ca.cnf'), CA_CONFIG);
  await writeFile(at('index.txt'), '');
  await writeFile(at('serial.txt'), '01\n');
  await openssl('ca', '-batch', '-config', 'ca.cnf', '-cert', 'ca.pem', '-keyfile', 'ca.key', '-in', 'expired.csr', '-out', 'expired.pem',
    '-startdate', '20200101000000Z', '-enddate', '20200102000000Z', '-notext');

  return { dir, ca: at('ca.pem'), otherCa: at('other-ca.pem'), server, devices, expired: { cert: at('expired.pem'), key: at('expired.key') }, foreign };
}
