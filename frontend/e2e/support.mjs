// Shared by the end-to-end tests: Debian's Chromium, the app under RT_E2E_URL, and users made through the UI.
import { mkdirSync } from 'node:fs';
import { after, before } from 'node:test';
import { chromium } from 'playwright-core';

export const BASE_URL = process.env.RT_E2E_URL ?? 'http://localhost:8380/';
export const SCREENSHOTS = 'target/e2e/screenshots';

const LAUNCH = {
  executablePath: process.env.RT_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
};

// One browser per test file; each test opens its own context so storage never leaks between them.
export function useBrowser() {
  const state = {};
  before(async () => {
    mkdirSync(SCREENSHOTS, { recursive: true });
    state.browser = await chromium.launch(LAUNCH);
  });
  after(async () => {
    await state.browser?.close();
  });
  return {
    async newPage(options = {}) {
      const context = await state.browser.newContext({ baseURL: BASE_URL, ...options });
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
      return page;
    },
  };
}

export function url(hash) {
  return new URL(`#${hash}`, BASE_URL).href;
}

export async function go(page, hash) {
  await page.goto(url(hash));
}

export async function screenshot(page, name) {
  await page.screenshot({ path: `${SCREENSHOTS}/${name}.png`, fullPage: true });
}

// The data is shared with other test runs, so every name is new.
export function unique(prefix) {
  return `${prefix}${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
}

export async function signUp(page, prefix = 'e2e') {
  const username = unique(prefix);
  const user = { username, email: `${username}@example.com`, password: `pw-${username}` };
  await go(page, '/register');
  await page.getByPlaceholder('Username').fill(user.username);
  await page.getByPlaceholder('Email').fill(user.email);
  await page.getByPlaceholder('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign up' }).click();
  await page.locator('.navbar').getByText(user.username).waitFor();
  user.token = await page.evaluate(() => localStorage.getItem('jwtToken'));
  return user;
}

export async function signIn(page, user) {
  await go(page, '/login');
  await page.getByPlaceholder('Email').fill(user.email);
  await page.getByPlaceholder('Password').fill(user.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('.navbar').getByText(user.username).waitFor();
}

export async function writeArticle(page, { title, description, body, tags }) {
  await go(page, '/editor');
  await page.getByPlaceholder('Article Title').fill(title);
  await page.getByPlaceholder("What's this article about?").fill(description);
  await page.getByPlaceholder('Write your article (in markdown)').fill(body);
  for (const tag of tags) {
    await page.getByPlaceholder('Enter tags').fill(tag);
    await page.getByPlaceholder('Enter tags').press('Enter');
  }
  await page.getByRole('button', { name: 'Publish Article' }).click();
  await page.locator('.article-page .banner h1', { hasText: title }).waitFor();
  return decodeURIComponent(new URL(page.url()).hash.replace('#/article/', ''));
}

// The API's address as the app itself finds it: config.json beside index.html.
export async function apiUrl() {
  const config = await (await fetch(new URL('config.json', BASE_URL))).json();
  return new URL(config.apiUrl.replace(/\/?$/, '/'), BASE_URL).href;
}

export async function apiCall(method, path, token, body) {
  const response = await fetch(new URL(path.replace(/^\//, ''), await apiUrl()), {
    method,
    headers: { 'Content-Type': 'application/json', Authorization: `Token ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  if (!response.ok) throw new Error(`${method} ${path}: HTTP ${response.status} ${await response.text()}`);
  return response.status === 204 ? null : response.json();
}
