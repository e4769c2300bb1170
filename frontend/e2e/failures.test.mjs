import assert from 'node:assert/strict';
import { test } from 'node:test';
import { go, screenshot, useBrowser } from './support.mjs';

const browser = useBrowser();

const unavailable = (route) =>
  route.fulfill({ status: 503, contentType: 'application/json', body: '{"errors":{"body":["service unavailable"]}}' });

test('an API answering 503 shows a message with Retry, which recovers once the API is back', async () => {
  const page = await browser.newPage();
  await page.route('**/api/**', unavailable);
  await go(page, '/');
  const alert = page.locator('.alert-error[role="alert"]').first();
  await alert.waitFor();
  assert.match(await alert.textContent(), /service unavailable/);
  assert.equal(await alert.getByRole('button', { name: 'Retry' }).count(), 1);
  await screenshot(page, 'home-503');

  await page.unroute('**/api/**', unavailable);
  // The feed and the tag list failed separately; each offers its own Retry, which goes once it worked.
  const sidebarRetry = page.locator('.sidebar .alert-error').getByRole('button', { name: 'Retry' });
  await sidebarRetry.waitFor();
  await sidebarRetry.click();
  await page.locator('.alert-error:not(.sidebar .alert-error)').getByRole('button', { name: 'Retry' }).click();
  await page.locator('.article-preview').first().waitFor();
  await page.locator('.sidebar .tag-list').waitFor();
  assert.equal(await page.locator('.alert-error').count(), 0);
  await page.context().close();
});

test('an unreachable API shows a message with Retry, never a blank page', async () => {
  const page = await browser.newPage();
  await page.route('**/api/**', (route) => route.abort('connectionrefused'));
  await go(page, '/article/any-slug');
  const alert = page.locator('.alert-error[role="alert"]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Could not reach the server/);
  await page.context().close();
});
