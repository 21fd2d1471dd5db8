import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLogger } from '@otacast/shared';

function captureStderr(): string[] {
  const lines: string[] = [];
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  return lines;
}

describe('line logger', () => {
  afterEach(() => vi.restoreAllMocks());

  it('writes one JSON line per entry, keys sorted as winston does, child fields included', () => {
    const lines = captureStderr();
    const logger = createLogger({ name: 'agent', json: true, level: 'info' }).child({ deviceId: 'd1' });
    logger.info('state DOWNLOADING', { releaseId: 'r1', nested: { b: 1, a: 2 }, big: 10n, err: new Error('boom') });
    expect(lines).toHaveLength(1);
    const line = lines[0] as string;
    expect(line.endsWith('\n')).toBe(true);
    expect(line).toMatch(/^\{"big":"10","deviceId":"d1","err":\{"message":"boom"\},"level":"info","message":"state DOWNLOADING","name":"agent","nested":\{"a":2,"b":1\},"releaseId":"r1","timestamp":"[^"]+"\}\n$/);
  });

  it('drops entries below its level, and silent silences the whole family', () => {
    const lines = captureStderr();
    const root = createLogger({ name: 'x', json: true, level: 'warn' });
    const child = root.child({ a: 1 });
    child.info('no');
    child.warn('yes');
    root.silent = true;
    child.error('no');
    expect(lines.map((l) => (JSON.parse(l) as { message: string }).message)).toEqual(['yes']);
  });

  it('survives a cyclic field', () => {
    const lines = captureStderr();
    const cyclic: Record<string, unknown> = {};
    cyclic['self'] = cyclic;
    createLogger({ name: 'x', json: true }).error('still logged', { cyclic });
    expect(JSON.parse(lines[0] as string)).toMatchObject({ level: 'error', message: 'still logged' });
  });
});
