// Component tests answer the API themselves: `fakeApi({'GET /tags': {body: {tags: []}}})`.
// An answer may be a function of the request, an Error (the network failed) or `pending` (never answers).
import { vi } from 'vitest';
import { setApiUrl } from '../api.js';

export const pending = Symbol('pending');

export function fakeApi(routes) {
  const calls = [];
  setApiUrl('/api');
  vi.stubGlobal(
    'fetch',
    vi.fn(async (url, init = {}) => {
      const method = init.method ?? 'GET';
      const path = String(url).replace(/^\/api/, '');
      const call = { method, path, body: init.body ? JSON.parse(init.body) : undefined, headers: init.headers ?? {} };
      calls.push(call);
      let answer = routes[`${method} ${path}`] ?? routes[`${method} ${path.split('?')[0]}`];
      if (typeof answer === 'function') answer = answer(call);
      if (answer === pending) return new Promise(() => {});
      if (answer instanceof Error) throw answer;
      if (answer === undefined) answer = { status: 404, body: { errors: { body: ['not found'] } } };
      return new Response(answer.body === undefined ? null : JSON.stringify(answer.body), { status: answer.status ?? 200 });
    }),
  );
  return calls;
}

export const author = { username: 'jake', bio: 'I work at statefarm', image: '', following: false };

export function article(overrides = {}) {
  return {
    slug: 'how-to-train-your-dragon',
    title: 'How to train your dragon',
    description: 'Ever wonder how?',
    body: 'It takes a **Jacobian**',
    tagList: ['dragons', 'training'],
    createdAt: '2026-11-30T12:00:00.000Z',
    updatedAt: '2026-11-30T12:00:00.000Z',
    favorited: false,
    favoritesCount: 3,
    author,
    ...overrides,
  };
}

export const me = { username: 'alice', email: 'alice@example.com', token: 'jwt-alice', bio: 'hi', image: '' };
