import { api } from '../../api.js';
import { LoadError, Loading } from '../../feedback/Feedback.jsx';
import { useLoad } from '../../load.js';

export function PopularTags() {
  const tags = useLoad(() => api.tags(), []);
  return (
    <div class="sidebar">
      <p>Popular Tags</p>
      {tags.status === 'loading' && <Loading what="Loading tags..." />}
      {tags.status === 'error' && <LoadError error={tags.error} retry={tags.retry} />}
      {tags.status === 'ready' && tags.data.length === 0 && <p>No tags are here... yet.</p>}
      {tags.status === 'ready' && (
        <div class="tag-list">
          {tags.data.map((tag) => (
            <a key={tag} href={`#/?tag=${encodeURIComponent(tag)}`} class="tag-pill tag-default">
              {tag}
            </a>
          ))}
        </div>
      )}
    </div>
  );
}
