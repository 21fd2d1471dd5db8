import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { repoRoot } from '../support/processes.js';
import { fuzz } from './fuzz.js';
import { HOSTILE_HEAD, HOSTILE_SCENARIOS, hostileCells, runHostile, type HostileResult } from './hostile.js';
import { killStorm } from './kill-storm.js';
import { flakyLink, offlineStatus, resumeAfterKill } from './scenarios.js';
import { serverRestart } from './server-restart.js';

/**
 * `npm run reliability`: the long versions of the reliability scenarios,
 * one after the other (the machine has few cores; timing is never asserted),
 * then a table of figures. Exit 1 when any row with a goal misses it: a
 * corrupt install, a device that does not converge, a server crash, more
 * than 1.05× the image on the wire over the flaky link.
 */
const KiB = 1024;
const MiB = 1024 * KiB;

interface Row {
  scenario: string;
  figure: string;
  value: string;
  goal: string;
  pass: boolean;
}

function log(line: string): void {
  process.stderr.write(`${new Date().toISOString().slice(11, 19)} ${line}\n`);
}

function fixed(n: number, digits = 3): string {
  return Number.isFinite(n) ? n.toFixed(digits) : String(n);
}

function table(rows: readonly Row[]): string {
  return grid(['scenario', 'figure', 'value', 'goal', 'ok'], rows.map((r) => [r.scenario, r.figure, r.value, r.goal, r.pass ? 'yes' : 'NO']));
}

function grid(head: readonly string[], cells: readonly (readonly string[])[]): string {
  const widths = head.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] as string).length)));
  const line = (c: readonly string[]) => c.map((v, i) => v.padEnd(widths[i] as number)).join('  ').trimEnd();
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}

export async function runReliability(args: readonly string[]): Promise<number> {
  const quick = args.includes('--quick');
  // --only=flaky,storm,resume,offline,restart,fuzz,stall-flood,preamble-flood,will-abuse,replay runs some of them.
  const only = args.find((a) => a.startsWith('--only='))?.slice('--only='.length).split(',');
  const want = (name: string) => only === undefined || only.includes(name);
  // --seed=N replays (or varies) the kill storm's schedule.
  const seedArg = args.find((a) => a.startsWith('--seed='));
  const seed = seedArg === undefined ? undefined : Number(seedArg.slice('--seed='.length));
  const rows: Row[] = [];
  const details: Record<string, unknown> = {};
  const started = Date.now();

  const links: [bandwidth: number, imageBytes: number][] = !want('flaky') ? [] : quick ? [[256 * KiB, 2 * MiB]] : [[256 * KiB, 8 * MiB], [1 * MiB, 16 * MiB]];
  for (const [bandwidth, imageBytes] of links) {
    const label = `flaky link ${bandwidth / KiB} KiB/s`;
    log(`${label}: ${imageBytes / MiB} MiB image, drop every 2 s, 1% of the time blackholed`);
    const r = await flakyLink({ imageBytes, bandwidth, dropEveryMs: 2_000, blackholeShare: 0.01, blackholeMs: 500 });
    details[label] = r;
    log(`  ${JSON.stringify(r)}`);
    rows.push({ scenario: label, figure: 'update installed', value: r.ok ? 'yes' : `no: ${r.error}`, goal: 'yes', pass: r.ok });
    rows.push({ scenario: label, figure: 'bytes on the wire / image', value: `${fixed(r.ratio)} (${r.bytesDown + r.bytesUp} / ${r.imageBytes})`, goal: '≤ 1.05', pass: r.ratio <= 1.05 });
    rows.push({ scenario: label, figure: 'connections / blackholed share', value: `${r.connections} / ${fixed(r.blackholed * 100, 1)}%`, goal: '', pass: true });
    const cut = r.kinds['cut'] ?? 0;
    rows.push({ scenario: label, figure: 'lost in cut frames / upstream / duplicate chunk data', value: `${cut} B / ${r.bytesUp} B / ${r.duplicateChunkBytes} B`, goal: '', pass: true });
  }

  if (want('storm')) {
    const kills = quick ? 12 : 100;
    log(`kill storm: ${kills} kill -9 of the agent at random points of download, verify, install, commit`);
    const storm = await killStorm({ kills, fwBytes: 2 * MiB, appBytes: 256 * KiB, bandwidth: 4 * MiB, onKill: (line) => log(`  ${line}`), ...(seed === undefined ? {} : { seed }) });
    details['kill storm'] = storm;
    const states = Object.entries(storm.byState).map(([s, n]) => `${s} ${n}`).join(', ');
    rows.push({ scenario: 'kill -9 storm', figure: 'kills before installed (by state at the kill)', value: `${storm.kills} (${states})`, goal: `${kills}`, pass: storm.kills >= kills });
    rows.push({ scenario: 'kill -9 storm', figure: 'kills after installed (not counted)', value: String(storm.afterInstalled), goal: '', pass: true });
    rows.push({ scenario: 'kill -9 storm', figure: 'corrupt installs', value: String(storm.corrupt), goal: '0', pass: storm.corrupt === 0 });
    rows.push({ scenario: 'kill -9 storm', figure: 'mixed at kill time (finished on restart)', value: String(storm.mixed), goal: '', pass: true });
    rows.push({ scenario: 'kill -9 storm', figure: 'releases converged', value: `${storm.converged} / ${storm.releases}`, goal: 'all', pass: storm.converged === storm.releases });
    for (const failure of storm.failures) log(`  failure: ${failure}`);
  }

  if (want('resume')) {
    log('resume after kill -9 mid-download');
    const resume = await resumeAfterKill({ imageBytes: quick ? 4 * MiB : 16 * MiB, bandwidth: 2 * MiB, killAtShare: 0.5 });
    details['resume'] = resume;
    const missing = resume.imageBytes - resume.heldAtKill;
    rows.push({ scenario: 'resume after kill -9', figure: 'held at kill / trusted on restart', value: `${resume.heldAtKill} / ${resume.resumedFrom}`, goal: 'equal', pass: resume.ok && resume.heldAtKill === resume.resumedFrom });
    rows.push({ scenario: 'resume after kill -9', figure: 'chunk bytes after restart / missing', value: `${resume.chunkBytesAfter} / ${missing} (${fixed(resume.chunkBytesAfter / missing)})`, goal: '≤ 1.01', pass: resume.chunkBytesAfter <= missing * 1.01 });
  }

  if (want('offline')) {
    log('offline statuses');
    const offline = await offlineStatus();
    details['offline status'] = offline;
    rows.push({ scenario: 'status while offline', figure: 'pending offline → recorded once', value: `${offline.pendingOffline.length} → ${offline.ok ? 'all' : 'NOT all'}`, goal: 'all', pass: offline.ok });
    rows.push({ scenario: 'status while offline', figure: 'duplicates received / gaps', value: `${offline.duplicates} / ${offline.gaps} (re-sent after a lost ack, ignored: ${offline.ignored.length})`, goal: '0 / 0', pass: offline.duplicates === 0 && offline.gaps === 0 });
  }

  if (want('restart')) {
    const devices = quick ? 2 : 5;
    log(`server kill -9 + restart mid-update, ${devices} devices`);
    const restart = await serverRestart({ devices, imageBytes: 4 * MiB, bandwidth: 1 * MiB });
    details['server restart'] = restart;
    rows.push({ scenario: 'server restart mid-update', figure: 'devices finished', value: `${restart.finished} / ${restart.devices}`, goal: 'all', pass: restart.finished === restart.devices });
    rows.push({ scenario: 'server restart mid-update', figure: 'bytes on the wire / images', value: fixed(restart.ratio), goal: '', pass: true });
    rows.push({ scenario: 'server restart mid-update', figure: 'status gaps / listed installed', value: `${restart.gaps} / ${restart.installedListed}`, goal: `0 / ${devices}`, pass: restart.gaps === 0 && restart.installedListed === devices });
    for (const error of restart.errors) log(`  failure: ${error}`);
  }

  if (want('fuzz')) {
    const messages = quick ? 1_000 : 10_000;
    log(`fuzz: ${messages} malformed or random messages from a device, plus raw TCP garbage`);
    const fz = await fuzz({ messages, rawConnections: quick ? 20 : 100 });
    details['fuzz'] = fz;
    rows.push({ scenario: 'bad messages', figure: 'messages sent / raw connections', value: `${fz.sent} / ${fz.rawConnections}`, goal: `${messages}`, pass: fz.sent >= messages });
    rows.push({ scenario: 'bad messages', figure: 'server crashes / internal errors', value: `${fz.serverAlive ? 0 : 1} / ${fz.internalErrors}`, goal: '0 / 0', pass: fz.serverAlive && fz.internalErrors === 0 });
    rows.push({ scenario: 'bad messages', figure: 'other device updated / announcement intact', value: `${fz.bystanderOk ? 'yes' : 'no'} / ${fz.announcementIntact ? 'yes' : 'no'}`, goal: 'yes / yes', pass: fz.bystanderOk && fz.announcementIntact });
  }

  const hostile: HostileResult[] = [];
  for (const name of HOSTILE_SCENARIOS.filter(want)) {
    log(`hostile client: ${name}`);
    const r = await runHostile(name, quick);
    details[name] = r;
    hostile.push(r);
    log(`  ${JSON.stringify(r)}`);
    rows.push({ scenario: `hostile: ${name}`, figure: 'honest device updated / attack stopped', value: `${r.honestOk ? 'yes' : 'no'} / ${r.stopped ? 'yes' : 'no'}`, goal: 'yes / yes', pass: r.honestOk && r.stopped });
  }

  const minutes = (Date.now() - started) / 60_000;
  process.stdout.write(`\notacast reliability (${quick ? 'quick' : 'long'} run, ${fixed(minutes, 1)} min)\n\n${table(rows)}\n`);
  if (hostile.length > 0) process.stdout.write(`\nhostile clients: an honest device's update beside the attack\n\n${grid(HOSTILE_HEAD, hostile.map(hostileCells))}\n`);
  await writeFile(join(repoRoot, 'reliability-results.json'), `${JSON.stringify({ rows, details }, null, 1)}\n`);
  const missed = rows.filter((r) => !r.pass);
  for (const r of missed) log(`goal missed: ${r.scenario}, ${r.figure}: ${r.value} (goal ${r.goal})`);
  return missed.length === 0 ? 0 : 1;
}
