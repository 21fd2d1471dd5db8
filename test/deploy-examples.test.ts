import { describe, expect, it } from 'vitest';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { collect, expandConfigFile } from '@otacast/shared';
import { buildProgram } from '../broker/src/cli/program.js';
import { parseAgentArgs } from '../client/src/cli/agent-options.js';
import { repoRoot } from './support/processes.js';

/** The config files and units of examples/deploy (docs/deploy.md) stay in step with the real flags. */
describe('examples/deploy', () => {
  const example = (name: string) => join(repoRoot, 'examples', 'deploy', name);

  it('agent.json holds only settings the agent knows', () => {
    // The token file exists only on a device: a --token beside --config wins over it.
    const options = parseAgentArgs(['--config', example('agent.json'), '--token', 't'], { env: {} });
    expect(options).toMatchObject({ id: 'cam-001', product: 'camera', trust: ['/etc/otacast/signing.pub'], state: '/var/lib/otacast', root: '/opt/app' });
  });

  it('server.json holds only settings otacast serve knows', () => {
    const serve = buildProgram().commands.find((c) => c.name() === 'serve');
    expect(serve).toBeDefined();
    expect(expandConfigFile(['--config', example('server.json')], serve?.options ?? [], collect)).toEqual(expect.arrayContaining(['--data', '/var/lib/otacast', '--http-port', '8080']));
  });

  it('the units run the config files they document', async () => {
    expect(await readFile(example('otacast-agent.service'), 'utf8')).toMatch(/^ExecStart=\/usr\/bin\/node \/usr\/lib\/otacast\/otacast-agent\.mjs --config \/etc\/otacast\/agent\.json$/m);
    expect(await readFile(example('otacast-server.service'), 'utf8')).toMatch(/^ExecStart=\/usr\/bin\/node \/opt\/otacast\/broker\/bin\/otacast\.js serve --config \/etc\/otacast\/server\.json$/m);
  });
});
