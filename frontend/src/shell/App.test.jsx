import { render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it, vi } from 'vitest';
import { fakeApi, me } from '../testing/fakeApi.js';
import { App } from './App.jsx';

// The app reads config.json itself; the fake answers it beside the API.
function fakeServer(routes) {
  const calls = fakeApi(routes);
  const apiFetch = globalThis.fetch;
  vi.stubGlobal('fetch', (url, init) =>
    url === 'config.json' ? Promise.resolve(new Response(JSON.stringify({ apiUrl: '/api' }))) : apiFetch(url, init),
  );
  return calls;
}

const home = {
  'GET /tags': { body: { tags: [] } },
  'GET /articles': { body: { articles: [], articlesCount: 0 } },
};

describe('the app shell', () => {
  it('signed out, the navbar offers Home, Sign in and Sign up', async () => {
    fakeServer(home);
    const { container } = render(<App />);
    await screen.findByText('No articles are here... yet.');
    expect([...container.querySelectorAll('.navbar .nav-link')].map((a) => a.textContent.trim())).toEqual(['Home', 'Sign in', 'Sign up']);
    expect(container.querySelector('.nav-link.active').textContent).toBe('Home');
    expect(container.querySelector('footer').textContent).toContain('conduit');
    // DB-IP's country database (geo-blocking) is CC-BY-4.0: the link back is part of the licence
    expect(container.querySelector('footer a[href="https://db-ip.com"]').textContent).toBe('IP Geolocation by DB-IP');
  });

  it('a stored token is checked at start and the navbar shows the signed-in user', async () => {
    localStorage.setItem('jwtToken', 'jwt-alice');
    const calls = fakeServer({ ...home, 'GET /user': { body: { user: me } } });
    const { container } = render(<App />);
    await screen.findByText('No articles are here... yet.');
    expect([...container.querySelectorAll('.navbar .nav-link')].map((a) => a.textContent.trim())).toEqual([
      'Home',
      'New Article',
      'Settings',
      'alice',
    ]);
    expect(calls[0].headers.Authorization).toBe('Token jwt-alice');
  });

  it('a refused token at start signs out and says the session has ended', async () => {
    localStorage.setItem('jwtToken', 'expired');
    fakeServer({ ...home, 'GET /user': { status: 401 } });
    render(<App />);
    await waitFor(() => expect(screen.getByRole('status').textContent).toContain('Your session has ended'));
    expect(localStorage.getItem('jwtToken')).toBeNull();
  });

  it('an unknown route shows the not-found page', async () => {
    window.location.hash = '#/no/such/page';
    fakeServer(home);
    render(<App />);
    expect(await screen.findByText('Page not found')).toBeTruthy();
    await waitFor(() => expect(document.title).toBe('Page not found — Conduit'));
  });

  it('a signed-in-only page asks a signed-out visitor to sign in', async () => {
    window.location.hash = '#/settings';
    fakeServer(home);
    const { container } = render(<App />);
    await waitFor(() => expect(container.textContent).toContain('to see this page'));
  });

  it('a missing config.json is reported with Retry, never a blank page', async () => {
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('', { status: 404 })));
    render(<App />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('configuration');
  });

  it('follows the hash to the page it names', async () => {
    window.location.hash = '#/login';
    fakeServer(home);
    render(<App />);
    expect(await screen.findByRole('heading', { name: 'Sign in' })).toBeTruthy();
  });
});
