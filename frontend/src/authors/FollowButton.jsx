import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Plus } from '../feedback/icons.jsx';
import { navigate } from '../router.js';
import { useSession } from '../session.js';

export function FollowButton({ profile, onChange }) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);

  async function toggle() {
    if (!user) {
      navigate('/login');
      return;
    }
    setBusy(true);
    try {
      onChange(await (profile.following ? api.unfollow(profile.username) : api.follow(profile.username)));
    } catch {
      // The button keeps its old state, which is the truth as far as we know.
    } finally {
      setBusy(false);
    }
  }

  return (
    <button
      type="button"
      class={`btn btn-sm action-btn ${profile.following ? 'btn-secondary' : 'btn-outline-secondary'}`}
      disabled={busy}
      onClick={toggle}
    >
      <Plus /> {profile.following ? 'Unfollow' : 'Follow'} {profile.username}
    </button>
  );
}
