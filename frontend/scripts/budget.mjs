// Fails the build when the app grows past what a first visit on a slow phone should download.
// Figures are gzipped bytes; fonts are not counted.
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { gzipSync } from 'node:zlib';

const dist = 'target/dist';
const KB = 1024;
const budgets = { firstLoadJs: 50 * KB, allJs: 100 * KB, css: 15 * KB };

const files = readdirSync(dist, { recursive: true }).map((f) => join(dist, f));
const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const sum = (list) => list.reduce((total, file) => total + gz(file), 0);

const html = readFileSync(join(dist, 'index.html'), 'utf8');
const firstLoad = [...html.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="modulepreload"[^>]*\shref)="([^"]+\.js)"/g)].map(
  (m) => join(dist, m[1].replace(/^\.?\//, '')),
);
const js = files.filter((f) => f.endsWith('.js'));
const css = files.filter((f) => f.endsWith('.css'));

const figures = { firstLoadJs: sum(firstLoad), allJs: sum(js), css: sum(css) };
const lines = [
  ...js.concat(css).map((f) => `${relative(dist, f)}: ${(gz(f) / KB).toFixed(1)} kB gzipped`),
  ...Object.entries(figures).map(
    ([name, bytes]) => `${name}: ${(bytes / KB).toFixed(1)} kB of ${budgets[name] / KB} kB${bytes > budgets[name] ? ' OVER BUDGET' : ''}`,
  ),
  `first load = ${firstLoad.map((f) => relative(dist, f)).join(' + ')}`,
];
const report = lines.join('\n');
console.log(report);
writeFileSync('target/budget.txt', `${report}\n`);

const over = Object.keys(figures).filter((name) => figures[name] > budgets[name]);
if (over.length) {
  console.error(`Budget exceeded: ${over.join(', ')}`);
  process.exit(1);
}
