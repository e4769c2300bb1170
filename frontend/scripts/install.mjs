// `npm ci` only when node_modules is older than package-lock.json: a clean install on every Maven run would
// cost a minute on a shared two-core machine for nothing.
import { execFileSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';

const marker = 'node_modules/.package-lock.json';
const current = existsSync(marker) && statSync(marker).mtimeMs >= statSync('package-lock.json').mtimeMs;
if (current) {
  console.log('node_modules is current with package-lock.json: npm ci skipped');
} else {
  execFileSync('npm', ['ci', '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
