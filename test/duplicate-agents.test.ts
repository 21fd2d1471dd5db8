import { describe, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { useFixture } from './support/fixture.js';
import { agentBin, Background } from './support/processes.js';

/** Two agents started with one device id (a copied config) are detected and told so (issue 13). */
describe('two agents with one device id', () => {
  const ctx = useFixture();

  it('the server logs OTA_E_DUPLICATE_DEVICE with both addresses and the agents log the notice', async () => {
    const { fx, root } = ctx;
    const token = await fx.addDevice('twin', 'lamp');
    const agents = ['a', 'b'].map((copy) => {
      const args = ['--url', fx.server.url, '--id', 'twin', '--token', token, '--product', 'lamp', '--trust', fx.trust, '--state', join(root, copy, 'state'), '--root', join(root, copy, 'root')];
      return args;
    });
    await Promise.all(['a', 'b'].map((copy) => mkdir(join(root, copy, 'root'), { recursive: true })));
    const running = agents.map((args) => new Background(agentBin, args, { OTACAST_LOG_LEVEL: 'warn' }));
    try {
      await fx.server.process.waitFor(/device id twin is used by more than one agent .*from 127\.0\.0\.1/, 60_000);
      await Promise.any(running.map((agent) => agent.waitFor(/"code":"OTA_E_DUPLICATE_DEVICE".*"level":"error"|"level":"error".*OTA_E_DUPLICATE_DEVICE/, 60_000)));
    } finally {
      await Promise.all(running.map((agent) => agent.stop()));
    }
  });
});
