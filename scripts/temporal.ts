import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadEnvironment } from '#config';
import { ensureTemporalCli } from './lib/temporal-cli.js';

/**
 * `npm run temporal -- path`: prints the Temporal CLI path (finding or building it).
 * `npm run temporal -- start-dev`: runs the dev server in the foreground with state under .data/.
 */
const [command = 'path'] = parseArgs({ allowPositionals: true, options: {} }).positionals;
const cli = ensureTemporalCli(loadEnvironment().TEMPORAL_CLI_PATH);
if (!cli) {
  console.error('No Temporal CLI found and Go is not installed: set TEMPORAL_CLI_PATH or install Go');
  process.exit(1);
}
if (command === 'path') {
  console.log(cli);
} else if (command === 'start-dev') {
  const args = ['server', 'start-dev', '--db-filename', join('.data', 'temporal.db'), '--ui-port', '8233'];
  spawn(cli, args, { stdio: 'inherit' }).on('exit', (code) => process.exit(code ?? 0));
} else {
  console.error('usage: npm run temporal -- [path|start-dev]');
  process.exit(2);
}
