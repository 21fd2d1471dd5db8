import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { connect } from 'node:net';
import { join } from 'node:path';
import { freePort } from './free-port.js';

/**
 * A real Mosquitto on a free port with a generated config (anonymous access,
 * no persistence): the external broker of the scale-out tests. `restart`
 * brings it back on the same port with its retained store empty, as a broker
 * that crashed without persistence does.
 */
export const MOSQUITTO_BIN = '/usr/sbin/mosquitto';

export function mosquittoAvailable(): boolean {
  return existsSync(MOSQUITTO_BIN);
}

/** Skip loudly when absent, except in CI, where its absence is a failure. */
export function requireMosquitto(): boolean {
  if (mosquittoAvailable()) return true;
  if (process.env['CI']) throw new Error(`${MOSQUITTO_BIN} is missing: .ci/run installs mosquitto`);
  console.warn(`SKIPPED: ${MOSQUITTO_BIN} not installed (apt-get install mosquitto)`);
  return false;
}


async function accepting(port: number, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => (socket.destroy(), resolve(true)));
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`mosquitto did not listen on ${port} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export class MosquittoProcess {
  private child: ChildProcess | undefined;
  log = '';

  private constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `mqtt://127.0.0.1:${this.port}`;
  }

  static async start(dir: string): Promise<MosquittoProcess> {
    await mkdir(dir, { recursive: true });
    const broker = new MosquittoProcess(dir, await freePort());
    const lines = [`listener ${broker.port} 127.0.0.1`, 'allow_anonymous true', 'persistence false', 'max_queued_messages 100000', 'log_dest stderr'];
    // Mosquitto drops root privileges to the `mosquitto` user unless told to stay.
    if (process.getuid?.() === 0) lines.push('user root');
    await writeFile(join(dir, 'mosquitto.conf'), `${lines.join('\n')}\n`);
    await broker.spawn();
    return broker;
  }

  private async spawn(): Promise<void> {
    const child = spawn(MOSQUITTO_BIN, ['-c', join(this.dir, 'mosquitto.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
    child.stderr?.on('data', (d: Buffer) => (this.log = (this.log + d.toString()).slice(-20_000)));
    this.child = child;
    await accepting(this.port, 10_000);
  }

  /** Kills it (SIGKILL: nothing is saved) and starts it again on the same port, empty. */
  async restart(): Promise<void> {
    await this.stop('SIGKILL');
    await this.spawn();
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<void> {
    const child = this.child;
    this.child = undefined;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill(signal);
    await exited;
  }
}
