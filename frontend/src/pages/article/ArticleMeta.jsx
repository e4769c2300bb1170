import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { FavoriteButton } from '../../articles/FavoriteButton.jsx';
import { FollowButton } from '../../authors/FollowButton.jsx';
import { Pencil, Trash } from '../../feedback/icons.jsx';
import { avatar, formatDate } from '../../format.js';
import { navigate } from '../../router.js';
import { useSession } from '../../session.js';

function AuthorActions({ article }) {
  const [failed, setFailed] = useState(false);
  async function remove() {
    try {
      await api.deleteArticle(article.slug);
      navigate('/');
    } catch {
      setFailed(true);
    }
  }
  return (
    <span>
      <a class="btn btn-outline-secondary btn-sm" href={`#/editor/${encodeURIComponent(article.slug)}`}>
        <Pencil /> Edit Article
      </a>{' '}
      <button type="button" class="btn btn-outline-danger btn-sm" onClick={remove}>
        <Trash /> Delete Article
      </button>
      {failed && <span role="alert"> Could not delete the article, try again.</span>}
    </span>
  );
}

export function ArticleMeta({ article, onChange }) {
  const { user } = useSession();
  const { author } = article;
  const profileHref = `#/profile/${encodeURIComponent(author.username)}`;
  return (
    <div class="article-meta">
      <a href={profileHref} tabIndex={-1}>
        <img src={avatar(author.image)} alt={author.username} width="32" height="32" />
      </a>
      <div class="info">
        <a href={profileHref} class="author">
          {author.username}
        </a>
        <span class="date">{formatDate(article.createdAt)}</span>
      </div>
      {user?.username === author.username ? (
        <AuthorActions article={article} />
      ) : (
        <span>
          <FollowButton profile={author} onChange={(profile) => onChange({ ...article, author: profile })} />{' '}
          <FavoriteButton article={article} onChange={onChange} />
        </span>
      )}
    </div>
  );
}
