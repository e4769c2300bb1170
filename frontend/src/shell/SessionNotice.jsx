import { session } from '../session.js';

export function SessionNotice({ notice }) {
  if (!notice) return null;
  return (
    <div class="container">
      <div class="session-notice" role="status">
        <span>{notice}</span> <a href="#/login">Sign in</a>
        <button type="button" class="btn btn-sm btn-outline-secondary" onClick={() => session.dismissNotice()}>
          Dismiss
        </button>
      </div>
    </div>
  );
}
