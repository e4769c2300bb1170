import { useState } from 'preact/hooks';
import { api } from '../../api.js';
import { ErrorMessages, LoadError, Loading } from '../../feedback/Feedback.jsx';
import { Trash } from '../../feedback/icons.jsx';
import { useForm } from '../../forms/forms.jsx';
import { avatar, formatDate } from '../../format.js';
import { useLoad } from '../../load.js';
import { useSession } from '../../session.js';

function CommentForm({ slug, user, onAdded }) {
  const form = useForm({ body: '' }, async ({ body }) => {
    onAdded(await api.addComment(slug, body));
    form.setValues({ body: '' });
  });

  return (
    <>
      <ErrorMessages error={form.error} />
      <form class="card comment-form" onSubmit={form.submit}>
        <div class="card-block">
          <textarea class="form-control" placeholder="Write a comment..." aria-label="Write a comment..." rows="3" {...form.field('body')} />
        </div>
        <div class="card-footer">
          <img src={avatar(user.image)} class="comment-author-img" alt="" width="30" height="30" />
          <button class="btn btn-sm btn-primary" type="submit" disabled={form.busy}>
            Post Comment
          </button>
        </div>
      </form>
    </>
  );
}

function Comment({ comment, mine, onDelete }) {
  const profileHref = `#/profile/${encodeURIComponent(comment.author.username)}`;
  return (
    <div class="card">
      <div class="card-block">
        <p class="card-text">{comment.body}</p>
      </div>
      <div class="card-footer">
        <a href={profileHref} class="comment-author" tabIndex={-1}>
          <img src={avatar(comment.author.image)} class="comment-author-img" alt={comment.author.username} width="30" height="30" />
        </a>{' '}
        <a href={profileHref} class="comment-author">
          {comment.author.username}
        </a>
        <span class="date-posted">{formatDate(comment.createdAt)}</span>
        {mine && (
          <span class="mod-options">
            <button type="button" aria-label="Delete comment" onClick={onDelete}>
              <Trash />
            </button>
          </span>
        )}
      </div>
    </div>
  );
}

export function Comments({ slug }) {
  const { user } = useSession();
  const comments = useLoad(() => api.comments(slug), [slug]);
  const [deleteError, setDeleteError] = useState(null);

  async function remove(id) {
    setDeleteError(null);
    try {
      await api.deleteComment(slug, id);
      comments.setData((list) => list.filter((c) => c.id !== id));
    } catch (failure) {
      setDeleteError(failure);
    }
  }

  return (
    <div class="row">
      <div class="col-xs-12 col-md-8 offset-md-2">
        {user ? (
          <CommentForm slug={slug} user={user} onAdded={(c) => comments.setData((list) => [c, ...(list ?? [])])} />
        ) : (
          <p>
            <a href="#/login">Sign in</a> or <a href="#/register">sign up</a> to add comments on this article.
          </p>
        )}
        <ErrorMessages error={deleteError} />
        {comments.status === 'loading' && <Loading what="Loading comments..." />}
        {comments.status === 'error' && <LoadError error={comments.error} retry={comments.retry} />}
        {comments.status === 'ready' &&
          comments.data.map((comment) => (
            <Comment
              key={comment.id}
              comment={comment}
              mine={user?.username === comment.author.username}
              onDelete={() => remove(comment.id)}
            />
          ))}
      </div>
    </div>
  );
}
