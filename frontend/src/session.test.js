import { describe, expect, it, vi } from 'vitest';
import { SESSION_ENDED, session } from './session.js';
import { me } from './testing/fakeApi.js';

describe('the session store', () => {
  it('keeps the token in localStorage under jwtToken so a reload stays signed in', () => {
    session.signIn(me);
    expect(localStorage.getItem('jwtToken')).toBe('jwt-alice');
    expect(session.user()).toEqual(me);
  });

  it('forgets the token when signing out', () => {
    session.signIn(me);
    session.signOut();
    expect(localStorage.getItem('jwtToken')).toBeNull();
    expect(session.user()).toBeNull();
    expect(session.notice()).toBeNull();
  });

  it('says why when the session was ended by the API', () => {
    session.signIn(me);
    session.end();
    expect(session.notice()).toBe(SESSION_ENDED);
    session.dismissNotice();
    expect(session.notice()).toBeNull();
  });

  it('stores the new token that comes with updated settings', () => {
    session.signIn(me);
    session.update({ ...me, username: 'alicia', token: 'jwt-2' });
    expect(session.user().username).toBe('alicia');
    expect(localStorage.getItem('jwtToken')).toBe('jwt-2');
  });

  it('tells subscribers about every change until they unsubscribe', () => {
    const listener = vi.fn();
    const unsubscribe = session.subscribe(listener);
    session.signIn(me);
    unsubscribe();
    session.signOut();
    expect(listener).toHaveBeenCalledTimes(1);
  });
});
