import assert from 'node:assert/strict';
import { test } from 'node:test';
import { go, screenshot, signIn, signUp, unique, url, useBrowser } from './support.mjs';

const browser = useBrowser();

test('a visitor signs up through the form and is signed in', async () => {
  const page = await browser.newPage();
  const user = await signUp(page);
  assert.ok(user.token, 'the token is kept in localStorage under jwtToken');
  assert.equal(await page.locator('.navbar .nav-link', { hasText: 'New Article' }).count(), 1);
  assert.equal(await page.locator('.home-page .banner').count(), 0, 'no banner when signed in');
  await page.context().close();
});

test('signing up with a taken email shows the API error as a list item', async () => {
  const page = await browser.newPage();
  const user = await signUp(page);
  await page.evaluate(() => localStorage.clear());
  await go(page, '/register');
  await page.reload();
  await page.getByPlaceholder('Username').fill(unique('dup'));
  await page.getByPlaceholder('Email').fill(user.email);
  await page.getByPlaceholder('Password').fill('whatever-1');
  await page.getByRole('button', { name: 'Sign up' }).click();
  const message = page.locator('ul.error-messages li').first();
  await message.waitFor();
  assert.match(await message.textContent(), /email/i);
  await screenshot(page, 'register-error');
  await page.context().close();
});

test('a user signs out in settings and signs in again; a wrong password is refused', async () => {
  const page = await browser.newPage();
  const user = await signUp(page);
  await go(page, '/settings');
  await page.getByRole('button', { name: 'Or click here to logout.' }).click();
  await page.locator('.navbar .nav-link', { hasText: 'Sign in' }).waitFor();
  assert.equal(await page.evaluate(() => localStorage.getItem('jwtToken')), null);

  await go(page, '/login');
  await page.getByPlaceholder('Email').fill(user.email);
  await page.getByPlaceholder('Password').fill('not-the-password');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('ul.error-messages li').first().waitFor();
  await screenshot(page, 'login-error');

  await signIn(page, user);
  await page.context().close();
});

test('settings changes are saved and shown on the profile; a refused value shows the API error', async () => {
  const page = await browser.newPage();
  await signUp(page);
  await go(page, '/settings');
  await page.getByPlaceholder('Short bio about you').fill('I test things end to end.');
  await page.getByPlaceholder('URL of profile picture').fill('data:image/gif;base64,R0lGODlhAQABAAAAACw=');
  await page.getByRole('button', { name: 'Update Settings' }).click();
  await page.locator('ul.error-messages li').first().waitFor();
  await screenshot(page, 'settings');
  await page.getByPlaceholder('URL of profile picture').fill('');
  await page.getByRole('button', { name: 'Update Settings' }).click();
  await page.locator('.user-info p', { hasText: 'I test things end to end.' }).waitFor();
  await page.reload();
  await page.locator('.user-info p', { hasText: 'I test things end to end.' }).waitFor();
  await page.context().close();
});

test('a deep link reloads into the same page and the session survives the reload', async () => {
  const page = await browser.newPage();
  const user = await signUp(page);
  await page.goto(url(`/profile/${user.username}`));
  await page.reload();
  await page.locator('.user-info h4', { hasText: user.username }).waitFor();
  assert.equal(await page.locator('.navbar .nav-link', { hasText: user.username }).count(), 1);
  assert.match(await page.title(), new RegExp(user.username));
  await go(page, '/settings');
  await page.goBack();
  await page.locator('.user-info h4', { hasText: user.username }).waitFor();
  await page.context().close();
});

test('an unknown route shows the not-found page', async () => {
  const page = await browser.newPage();
  await go(page, '/there/is/nothing/here');
  await page.getByRole('heading', { name: 'Page not found' }).waitFor();
  await page.context().close();
});

test('a token the API refuses signs the user out with a message', async () => {
  const page = await browser.newPage();
  // stored before the app's first script runs: set on a page that is still starting, the token could be
  // refused by that page, which then removed it before a reload could show the message
  await page.addInitScript(() => localStorage.setItem('jwtToken', 'not-a-valid-token'));
  await go(page, '/');
  const status = page.getByRole('status');
  await status.waitFor();
  assert.match(await status.textContent(), /Your session has ended/);
  assert.equal(await page.evaluate(() => localStorage.getItem('jwtToken')), null);
  await page.context().close();
});
