import assert from 'node:assert/strict';
import { test } from 'node:test';
import { apiCall, go, screenshot, signUp, unique, useBrowser, writeArticle } from './support.mjs';

const browser = useBrowser();

test("following an author puts their article in Your Feed", async () => {
  const writer = await browser.newPage();
  const author = await signUp(writer, 'writer');
  const title = unique('Followed ');
  const slug = await writeArticle(writer, { title, description: 'For my followers', body: 'Hello followers', tags: [] });
  await writer.context().close();

  const page = await browser.newPage();
  await signUp(page, 'reader');
  await go(page, `/article/${slug}`);
  await page.getByRole('button', { name: `Follow ${author.username}` }).first().click();
  await page.getByRole('button', { name: `Unfollow ${author.username}` }).first().waitFor();
  await page.getByRole('button', { name: /^Favorite Article \(0\)/ }).first().click();
  await page.getByRole('button', { name: /^Unfavorite Article \(1\)/ }).first().waitFor();

  await go(page, '/');
  await page.getByRole('link', { name: 'Your Feed' }).click();
  await page.locator('.feed-toggle .nav-link.active', { hasText: 'Your Feed' }).waitFor();
  await page.locator('.article-preview', { hasText: title }).waitFor();
  await screenshot(page, 'home-your-feed');

  await go(page, `/profile/${author.username}`);
  await page.getByRole('button', { name: `Unfollow ${author.username}` }).waitFor();
  await page.context().close();
});

test('eleven articles under one tag make two pages of ten and one', async () => {
  const page = await browser.newPage();
  const user = await signUp(page, 'pager');
  const tag = unique('page');
  for (let i = 1; i <= 11; i++) {
    await apiCall('POST', '/articles', user.token, {
      article: { title: `${tag} article ${i}`, description: `number ${i}`, body: `Body ${i}`, tagList: [tag] },
    });
  }
  await go(page, `/?tag=${tag}`);
  // Only a hash change: the global feed is still on screen until the tag's list replaces it.
  const previewsOfTag = (count) =>
    page.waitForFunction(
      ([t, n]) => [...document.querySelectorAll('.article-preview')].filter((p) => p.textContent.includes(t)).length === n,
      [tag, count],
    );
  await previewsOfTag(10);
  assert.equal(await page.locator('.article-preview').count(), 10);
  assert.deepEqual(await page.locator('ul.pagination li.page-item a.page-link').allTextContents(), ['1', '2']);
  assert.equal(await page.locator('li.page-item.active').textContent(), '1');
  await screenshot(page, 'home-pagination');

  await page.locator('a.page-link', { hasText: '2' }).click();
  await page.locator('li.page-item.active', { hasText: '2' }).waitFor();
  await previewsOfTag(1);
  await page.goBack();
  await page.locator('li.page-item.active', { hasText: '1' }).waitFor();
  await previewsOfTag(10);

  // The author's own profile pages the same way.
  await go(page, `/profile/${user.username}?page=2`);
  await page.locator('li.page-item.active', { hasText: '2' }).waitFor();
  await page.context().close();
});
