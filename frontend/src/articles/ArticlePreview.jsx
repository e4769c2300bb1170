import { avatar, formatDate } from '../format.js';
import { FavoriteButton } from './FavoriteButton.jsx';
import { TagList } from './TagList.jsx';

export function ArticlePreview({ article, onChange }) {
  const profileHref = `#/profile/${encodeURIComponent(article.author.username)}`;
  return (
    <div class="article-preview">
      <div class="article-meta">
        <a href={profileHref} tabIndex={-1}>
          <img src={avatar(article.author.image)} alt={article.author.username} width="32" height="32" />
        </a>
        <div class="info">
          <a href={profileHref} class="author">
            {article.author.username}
          </a>
          <span class="date">{formatDate(article.createdAt)}</span>
        </div>
        <FavoriteButton article={article} onChange={onChange} compact />
      </div>
      <a href={`#/article/${encodeURIComponent(article.slug)}`} class="preview-link">
        <h1>{article.title}</h1>
        <p>{article.description}</p>
        <span>Read more...</span>
        <TagList tags={article.tagList} />
      </a>
    </div>
  );
}
