// A real Mosquitto for tests of external brokers (credentials, broker
// attachment, scale-out): started by hand on a free port with a generated
// config in a temp dir (no system service, no root files), stopped and
// restarted on the same port with its retained store empty (persistence is
// off, as a broker that crashed without it), reloaded with SIGHUP.
import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { existsSync } from 'node:fs';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { freePort } from './free-port.js';
export { freePort };

export const MOSQUITTO = process.env['OTACAST_MOSQUITTO'] ?? '/usr/sbin/mosquitto';

export function mosquittoAvailable(): boolean {
  return existsSync(MOSQUITTO);
}

/**
 * Whether tests that need Mosquitto can run. Outside CI a missing binary
 * skips them with a loud warning; in CI it is a failure (.ci/run installs it).
 */
export function requireMosquitto(what: string): boolean {
  if (mosquittoAvailable()) return true;
  if (process.env['CI']) throw new Error(`${what} needs ${MOSQUITTO} (apt-get install mosquitto); .ci/run installs it`);
  console.warn(`\n*** SKIPPED ${what}: ${MOSQUITTO} not found (apt-get install mosquitto) ***\n`);
  return false;
}

export interface MosquittoOptions {
  /** Mosquitto's password_file; without one, anonymous clients are allowed unless `allowAnonymous` is false. */
  passwordFile?: string;
  aclFile?: string;
  allowAnonymous?: boolean;
  /** Default: a free one. */
  port?: number;
  /** Where Mosquitto writes its pid (default: in its temp dir). */
  pidFile?: string;
  /** More lines for mosquitto.conf (e.g. `max_queued_messages 100000` for many devices). */
  extraConfig?: readonly string[];
  /**
   * `all` (default) logs every packet, for tests that read the log; `default`
   * keeps Mosquitto's own levels (errors to information), for tests that move
   * many messages and would otherwise spend their time writing the log.
   */
  logTypes?: 'all' | 'default';
}

/** A running Mosquitto; `log` is everything it wrote (log_dest stderr, every log type). */
export class MosquittoBroker {
  log = '';
  private child: ChildProcess | undefined;
  private exited: Promise<unknown> = Promise.resolve();

  private constructor(
    readonly dir: string,
    readonly port: number,
    readonly configPath: string,
    /** The pid file Mosquitto writes (for `--mosquitto-pid-file`). */
    readonly pidFile: string,
  ) {}

  static async start(options: MosquittoOptions = {}): Promise<MosquittoBroker> {
    const dir = await mkdtemp(join(tmpdir(), 'otacast-mosquitto-'));
    const port = options.port ?? (await freePort());
    const configPath = join(dir, 'mosquitto.conf');
    const pidFile = options.pidFile ?? join(dir, 'mosquitto.pid');
    const lines = [
      `listener ${port} 127.0.0.1`,
      `allow_anonymous ${String(options.allowAnonymous ?? options.passwordFile === undefined)}`,
      ...(options.passwordFile === undefined ? [] : [`password_file ${options.passwordFile}`]),
      ...(options.aclFile === undefined ? [] : [`acl_file ${options.aclFile}`]),
      'persistence false',
      `pid_file ${pidFile}`,
      'log_dest stderr',
      ...(options.logTypes === 'default' ? [] : ['log_type all', 'connection_messages true']),
      // Mosquitto drops root privileges to user "mosquitto", which could not read files in our temp dirs.
      ...(process.getuid?.() === 0 ? ['user root'] : []),
      ...(options.extraConfig ?? []),
    ];
    await writeFile(configPath, `${lines.join('\n')}\n`);
    const broker = new MosquittoBroker(dir, port, configPath, pidFile);
    try {
      await broker.launch();
    } catch (err) {
      await rm(dir, { recursive: true, force: true });
      throw err;
    }
    return broker;
  }

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  get pid(): number {
    const pid = this.child?.pid;
    if (pid === undefined || !this.running) throw new Error('mosquitto is not running');
    return pid;
  }

  get running(): boolean {
    return this.child !== undefined && this.child.exitCode === null && this.child.signalCode === null;
  }

  private async launch(): Promise<void> {
    const from = this.log.length;
    const child = spawn(MOSQUITTO, ['-c', this.configPath], { stdio: ['ignore', 'pipe', 'pipe'] });
    this.child = child;
    const collect = (d: Buffer): void => {
      this.log += d.toString();
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    this.exited = once(child, 'close');
    await this.waitForLog(/mosquitto version \S+ running/, 10_000, from);
  }

  /** Resolves once the log (from character `from`) matches `pattern`; rejects when Mosquitto exits or after `timeoutMs`. */
  async waitForLog(pattern: RegExp, timeoutMs = 10_000, from = 0): Promise<RegExpMatchArray> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const match = this.log.slice(from).match(pattern);
      if (match) return match;
      if (!this.running) throw new Error(`mosquitto exited before ${pattern}:\n${this.log}`);
      if (Date.now() > deadline) throw new Error(`mosquitto logged nothing matching ${pattern} in ${timeoutMs} ms:\n${this.log}`);
      await new Promise((r) => setTimeout(r, 25));
    }
  }

  /** SIGHUP: Mosquitto re-reads its password and ACL files. Resolves once it logged the reload. */
  async reload(): Promise<void> {
    const from = this.log.length;
    process.kill(this.pid, 'SIGHUP');
    await this.waitForLog(/Reloading config/, 10_000, from);
  }

  /** Stops it (SIGTERM, or SIGKILL for a crash); `start()` brings it back on the same port, empty (persistence is off). */
  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    if (!this.running) return;
    this.child?.kill(signal);
    const timer = setTimeout(() => this.child?.kill('SIGKILL'), 5_000);
    await this.exited;
    clearTimeout(timer);
  }

  /** Stops it (SIGKILL: as a crash) and starts it again on the same port, empty. */
  async restart(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    await this.stop(signal);
    await this.launch();
  }

  /** Stops it and removes its temp dir. */
  async close(): Promise<void> {
    await this.stop();
    await rm(this.dir, { recursive: true, force: true });
  }
}
