// The signed-in user, shared by every page. Only the token survives a reload (localStorage "jwtToken");
// the user itself is asked of the API again at start.
import { useEffect, useState } from 'preact/hooks';

const TOKEN_KEY = 'jwtToken';
export const SESSION_ENDED = 'Your session has ended. Please sign in again.';

const listeners = new Set();
let state = { user: null, notice: null };

function publish(next) {
  state = next;
  listeners.forEach((listener) => listener(state));
}

export const session = {
  token: () => localStorage.getItem(TOKEN_KEY),
  user: () => state.user,
  notice: () => state.notice,

  signIn(user) {
    localStorage.setItem(TOKEN_KEY, user.token);
    publish({ user, notice: null });
  },

  // The user edited their settings: the API may hand out a new token with the new user.
  update(user) {
    if (user.token) localStorage.setItem(TOKEN_KEY, user.token);
    publish({ ...state, user });
  },

  signOut() {
    localStorage.removeItem(TOKEN_KEY);
    publish({ user: null, notice: null });
  },

  // The API refused the token: sign out and tell the user why.
  end() {
    localStorage.removeItem(TOKEN_KEY);
    publish({ user: null, notice: SESSION_ENDED });
  },

  dismissNotice() {
    publish({ ...state, notice: null });
  },

  subscribe(listener) {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};

export function useSession() {
  const [current, setCurrent] = useState(state);
  useEffect(() => {
    setCurrent(state);
    return session.subscribe(setCurrent);
  }, []);
  return current;
}
