import { useState } from 'preact/hooks';
import { api } from '../api.js';
import { Heart } from '../feedback/icons.jsx';
import { navigate } from '../router.js';
import { useSession } from '../session.js';

// Compact in a preview (heart and count), spelled out on the article page.
export function FavoriteButton({ article, onChange, compact }) {
  const { user } = useSession();
  const [busy, setBusy] = useState(false);
  const [failed, setFailed] = useState(false);
  const { favorited, favoritesCount } = article;

  async function toggle() {
    if (!user) {
      navigate('/login');
      return;
    }
    setBusy(true);
    setFailed(false);
    try {
      onChange(await (favorited ? api.unfavorite(article.slug) : api.favorite(article.slug)));
    } catch {
      setFailed(true);
    } finally {
      setBusy(false);
    }
  }

  const look = favorited ? 'btn-primary' : 'btn-outline-primary';
  const label = `${favorited ? 'Unfavorite' : 'Favorite'} Article (${favoritesCount})`;
  return (
    <button
      type="button"
      class={`btn btn-sm ${look}${compact ? ' pull-xs-right' : ''}`}
      aria-pressed={favorited ? 'true' : 'false'}
      aria-label={compact ? label : undefined}
      title={failed ? 'Could not save, try again' : undefined}
      disabled={busy}
      onClick={toggle}
    >
      <Heart /> {compact ? favoritesCount : label}
    </button>
  );
}
