import { describe, expect, it } from 'vitest';
import { ApiError, api, errorMessages } from './api.js';
import { SESSION_ENDED, session } from './session.js';
import { fakeApi, me } from './testing/fakeApi.js';

describe('the API client', () => {
  it('shows a body-keyed error message as the API wrote it', () => {
    expect(errorMessages({ errors: { body: ['email has already been taken'] } })).toEqual(['email has already been taken']);
  });

  it('puts the field name before field-keyed messages, every one of them', () => {
    expect(errorMessages({ errors: { email: ['has already been taken'], username: ["can't be blank", 'is too short'] } })).toEqual([
      'email has already been taken',
      "username can't be blank",
      'username is too short',
    ]);
  });

  it('does not repeat a field name the message already starts with', () => {
    expect(errorMessages({ errors: { email: ['email is invalid'] } })).toEqual(['email is invalid']);
  });

  it('turns a 422 into a validation error carrying the messages', async () => {
    fakeApi({ 'POST /users': { status: 422, body: { errors: { email: ['has already been taken'] } } } });
    const error = await api.register({ username: 'a', email: 'b', password: 'c' }).catch((e) => e);
    expect(error).toBeInstanceOf(ApiError);
    expect(error.kind).toBe('validation');
    expect(error.messages).toEqual(['email has already been taken']);
  });

  it('reports an unreachable server as a network error', async () => {
    fakeApi({ 'GET /tags': new TypeError('Failed to fetch') });
    const error = await api.tags().catch((e) => e);
    expect(error.kind).toBe('network');
    expect(error.status).toBe(0);
  });

  it('reports a 5xx without a JSON body as a server error with its status', async () => {
    fakeApi({ 'GET /tags': { status: 502 } });
    const error = await api.tags().catch((e) => e);
    expect(error.kind).toBe('server');
    expect(error.messages[0]).toContain('502');
  });

  it('sends the stored token as "Token <jwt>"', async () => {
    session.signIn(me);
    const calls = fakeApi({ 'GET /user': { body: { user: me } } });
    await api.currentUser();
    expect(calls[0].headers.Authorization).toBe('Token jwt-alice');
  });

  it('ends the session with a notice when the API refuses the token', async () => {
    session.signIn(me);
    fakeApi({ 'GET /articles/feed': { status: 401, body: { errors: { body: ['token expired'] } } } });
    const error = await api.feed({}).catch((e) => e);
    expect(error.kind).toBe('unauthorized');
    expect(session.user()).toBeNull();
    expect(session.token()).toBeNull();
    expect(session.notice()).toBe(SESSION_ENDED);
  });

  it('treats a 401 without a token as wrong credentials, not an ended session', async () => {
    fakeApi({ 'POST /users/login': { status: 401, body: { errors: { body: ['email or password is invalid'] } } } });
    const error = await api.login({ email: 'x', password: 'y' }).catch((e) => e);
    expect(error.messages).toEqual(['email or password is invalid']);
    expect(session.notice()).toBeNull();
  });

  it('encodes query parameters and leaves out empty ones', async () => {
    const calls = fakeApi({ 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    await api.articles({ tag: 'a b', author: undefined, limit: 10, offset: 0 });
    expect(calls[0].path).toBe('/articles?tag=a%20b&limit=10&offset=0');
  });
});
