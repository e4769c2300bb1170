import assert from 'node:assert/strict';
import { test } from 'node:test';
import { screenshot, signUp, unique, useBrowser, writeArticle } from './support.mjs';

const browser = useBrowser();

test('a hostile article body is rendered inert: no script runs, no handler survives', async () => {
  const page = await browser.newPage();
  await signUp(page, 'mallory');
  const title = unique('Hostile ');
  await writeArticle(page, {
    title,
    description: 'tries to run code',
    body: 'Harmless text\n\n<img src=x onerror="window.__pwned=1">\n\n<script>window.__pwned=1</script>\n\n<a href="javascript:window.__pwned=1">click</a>',
    tags: [],
  });
  await page.reload();
  await page.locator('.article-content', { hasText: 'Harmless text' }).waitFor();
  await page.locator('.article-content a', { hasText: 'click' }).click();
  await page.waitForTimeout(500);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('.article-content script').count(), 0);
  assert.equal(await page.locator('.article-content [onerror]').count(), 0);
  assert.equal(await page.locator('.article-content a[href^="javascript:"]').count(), 0);
  await screenshot(page, 'article-hostile');
  await page.context().close();
});
