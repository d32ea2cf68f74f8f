import { readFileSync } from 'node:fs';
import { PERMISSIONS } from '#domain';

describe('README', () => {
  it('shows the permission table exactly as the code has it', () => {
    const readme = readFileSync('README.md', 'utf8');
    for (const p of PERMISSIONS) expect(readme).toContain(`| ${p.action} | \`${p.endpoint}\` | ${p.who} |`);
  });
});
