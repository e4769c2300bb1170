// The one way the app talks to the Conduit API: every failure is turned into an ApiError here, once,
// so pages only decide how to show it.
import { session } from './session.js';

let apiUrl = null;

export class ApiError extends Error {
  /**
   * @param {'validation'|'unauthorized'|'forbidden'|'not-found'|'server'|'network'} kind
   * @param {string[]} messages what the user should read
   * @param {number} status HTTP status, 0 when the server was not reached
   */
  constructor(kind, messages, status) {
    super(messages.join('; '));
    this.kind = kind;
    this.messages = messages;
    this.status = status;
  }
}

// The API's base URL is read at run time so the same dist/ serves any environment or origin.
export async function loadConfig() {
  let response;
  try {
    response = await fetch('config.json', { cache: 'no-store' });
  } catch {
    throw new ApiError('network', ['Could not load the app configuration.'], 0);
  }
  if (!response.ok) throw new ApiError('server', [`Could not load the app configuration (HTTP ${response.status}).`], response.status);
  const config = await response.json();
  if (typeof config.apiUrl !== 'string' || config.apiUrl === '') {
    throw new ApiError('server', ['The app configuration has no apiUrl.'], 0);
  }
  apiUrl = config.apiUrl.replace(/\/$/, '');
}

export function setApiUrl(url) {
  apiUrl = url;
}

// The API answers {"errors":{"body":["..."]}} or field-keyed {"errors":{"email":["has already been taken"]}}.
export function errorMessages(body) {
  const errors = body && typeof body === 'object' ? body.errors : null;
  if (!errors || typeof errors !== 'object') return [];
  return Object.entries(errors).flatMap(([field, list]) =>
    (Array.isArray(list) ? list : [list]).map((message) =>
      field === 'body' || String(message).startsWith(field) ? String(message) : `${field} ${message}`,
    ),
  );
}

function kindOf(status) {
  if (status === 401) return 'unauthorized';
  if (status === 403) return 'forbidden';
  if (status === 404) return 'not-found';
  if (status >= 500) return 'server';
  return 'validation';
}

function fallbackMessage(status) {
  if (status === 404) return 'Not found.';
  if (status === 403) return 'You are not allowed to do that.';
  if (status >= 500) return `The server had a problem (HTTP ${status}).`;
  return `The request failed (HTTP ${status}).`;
}

export async function request(method, path, body) {
  const token = session.token();
  const headers = { Accept: 'application/json' };
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  if (token) headers.Authorization = `Token ${token}`;
  let response;
  try {
    response = await fetch(apiUrl + path, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch {
    throw new ApiError('network', ['Could not reach the server. Check your connection.'], 0);
  }
  const text = await response.text();
  let json = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (response.ok) return json;
  // A rejected token means the session is over; a 401 without one is just bad credentials.
  if (response.status === 401 && token) session.end();
  const messages = errorMessages(json);
  throw new ApiError(kindOf(response.status), messages.length ? messages : [fallbackMessage(response.status)], response.status);
}

const enc = encodeURIComponent;

function query(params) {
  const pairs = Object.entries(params).filter(([, value]) => value !== undefined && value !== null && value !== '');
  return pairs.length ? `?${pairs.map(([k, v]) => `${enc(k)}=${enc(v)}`).join('&')}` : '';
}

export const api = {
  login: (user) => request('POST', '/users/login', { user }).then((r) => r.user),
  register: (user) => request('POST', '/users', { user }).then((r) => r.user),
  currentUser: () => request('GET', '/user').then((r) => r.user),
  updateUser: (user) => request('PUT', '/user', { user }).then((r) => r.user),

  profile: (username) => request('GET', `/profiles/${enc(username)}`).then((r) => r.profile),
  follow: (username) => request('POST', `/profiles/${enc(username)}/follow`).then((r) => r.profile),
  unfollow: (username) => request('DELETE', `/profiles/${enc(username)}/follow`).then((r) => r.profile),

  articles: (params) => request('GET', `/articles${query(params)}`),
  feed: (params) => request('GET', `/articles/feed${query(params)}`),
  article: (slug) => request('GET', `/articles/${enc(slug)}`).then((r) => r.article),
  createArticle: (article) => request('POST', '/articles', { article }).then((r) => r.article),
  updateArticle: (slug, article) => request('PUT', `/articles/${enc(slug)}`, { article }).then((r) => r.article),
  deleteArticle: (slug) => request('DELETE', `/articles/${enc(slug)}`),
  favorite: (slug) => request('POST', `/articles/${enc(slug)}/favorite`).then((r) => r.article),
  unfavorite: (slug) => request('DELETE', `/articles/${enc(slug)}/favorite`).then((r) => r.article),

  comments: (slug) => request('GET', `/articles/${enc(slug)}/comments`).then((r) => r.comments),
  addComment: (slug, body) => request('POST', `/articles/${enc(slug)}/comments`, { comment: { body } }).then((r) => r.comment),
  deleteComment: (slug, id) => request('DELETE', `/articles/${enc(slug)}/comments/${enc(id)}`),

  tags: () => request('GET', '/tags').then((r) => r.tags),
};
