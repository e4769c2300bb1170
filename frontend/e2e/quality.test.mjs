import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { test } from 'node:test';
import AxeBuilder from '@axe-core/playwright';
import { go, screenshot, signUp, unique, url, useBrowser, writeArticle } from './support.mjs';

const browser = useBrowser();

async function seriousViolations(page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Pages are checked once their own content is there: moving between routes changes only the hash, so the
// selector must belong to the new page alone.
const PAGES = [
  ['home signed out', '/', '.home-page .article-preview'],
  ['login', '/login', '.auth-page a[href="#/register"]'],
  ['register', '/register', '.auth-page a[href="#/login"]'],
];

test('axe-core finds no serious or critical violation on any page', async () => {
  const page = await browser.newPage();
  const report = [];
  for (const [name, hash, ready] of PAGES) {
    await go(page, hash);
    await page.locator(ready).first().waitFor();
    await screenshot(page, `page-${name.replaceAll(' ', '-')}`);
    report.push([name, await seriousViolations(page)]);
  }

  const user = await signUp(page, 'axe');
  const slug = await writeArticle(page, { title: unique('Accessible '), description: 'd', body: '**b**', tags: ['a11y'] });
  await page.getByPlaceholder('Write a comment...').fill('A comment to check');
  await page.getByRole('button', { name: 'Post Comment' }).click();
  await page.locator('.card .card-text').first().waitFor();
  const signedIn = [
    ['article', `/article/${slug}`, '.article-content'],
    ['home signed in', '/', '.home-page .article-preview'],
    ['settings', '/settings', '.settings-page form'],
    ['editor', '/editor', '.editor-page form'],
    ['profile', `/profile/${user.username}`, '.profile-page .article-preview'],
  ];
  for (const [name, hash, ready] of signedIn) {
    await go(page, hash);
    await page.locator(ready).first().waitFor();
    await screenshot(page, `page-${name.replaceAll(' ', '-')}`);
    report.push([name, await seriousViolations(page)]);
  }
  await go(page, '/login');
  for (const [name, violations] of report) console.log(`axe ${name}: ${violations.length ? violations.join('; ') : 'no serious or critical violation'}`);
  assert.deepEqual(report.filter(([, v]) => v.length), []);
  await page.context().close();
});

test('at 375 px wide, home and article have no horizontal scroll', async () => {
  const page = await browser.newPage({ viewport: { width: 375, height: 740 } });
  await signUp(page, 'narrow');
  const slug = await writeArticle(page, {
    title: unique('A rather long title that must wrap on a phone '),
    description: 'd',
    body: 'A long word: Donaudampfschifffahrtsgesellschaftskapitänsmützenabzeichen\n\n```\nconst code = "a line of code that is much longer than a phone screen is wide";\n```',
    tags: ['narrow', 'phone'],
  });
  await screenshot(page, 'article-375');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'article fits 375 px');
  await page.evaluate(() => localStorage.clear());
  await page.goto(url('/'));
  await page.reload();
  await page.locator('.article-preview').first().waitFor();
  await screenshot(page, 'home-375');
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 375), 'home fits 375 px');
  assert.ok(slug);
  await page.context().close();
});

async function largestContentfulPaint(page) {
  return page.evaluate(
    () =>
      new Promise((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(Math.round(entries[entries.length - 1].startTime));
        }).observe({ type: 'largest-contentful-paint', buffered: true });
      }),
  );
}

test('largest contentful paint of home and article is measured and written to target/e2e/lcp.txt', async () => {
  const writer = await browser.newPage();
  await signUp(writer, 'lcp');
  const slug = await writeArticle(writer, { title: unique('Measured '), description: 'd', body: 'Some text to paint.', tags: [] });
  await writer.context().close();

  const figures = [];
  for (const [name, hash, ready] of [
    ['home', '/', '.article-preview'],
    ['article', `/article/${slug}`, '.article-content'],
  ]) {
    const page = await browser.newPage();
    await page.goto(url(hash));
    await page.locator(ready).first().waitFor();
    await screenshot(page, `lcp-${name}`);
    figures.push(`LCP ${name}: ${await largestContentfulPaint(page)} ms`);
    await page.context().close();
  }
  console.log(figures.join('\n'));
  mkdirSync('target/e2e', { recursive: true });
  writeFileSync('target/e2e/lcp.txt', `${figures.join('\n')}\n`);
});
