import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { article, author, fakeApi, me, pending } from '../../testing/fakeApi.js';
import Article from './Article.jsx';

const slug = 'how-to-train-your-dragon';
const comment = (id, by, body) => ({ id, body, createdAt: '2026-11-30T12:00:00.000Z', updatedAt: '2026-11-30T12:00:00.000Z', author: by });
const alice = { username: 'alice', bio: null, image: '', following: false };

function answers(overrides = {}) {
  return {
    [`GET /articles/${slug}`]: { body: { article: article() } },
    [`GET /articles/${slug}/comments`]: { body: { comments: [comment(1, alice, 'Mine'), comment(2, author, 'Theirs')] } },
    ...overrides,
  };
}

describe('the article page', () => {
  it('shows "Loading..." first', () => {
    fakeApi(answers({ [`GET /articles/${slug}`]: pending }));
    render(<Article slug={slug} />);
    expect(screen.getByText('Loading...')).toBeTruthy();
  });

  it('renders the markdown body as HTML and sets the page title', async () => {
    fakeApi(answers());
    const { container } = render(<Article slug={slug} />);
    await screen.findByText('Jacobian');
    expect(container.querySelector('.article-content strong').textContent).toBe('Jacobian');
    await waitFor(() => expect(document.title).toBe('How to train your dragon — Conduit'));
  });

  it('makes a hostile body inert: no script, no event handler attribute', async () => {
    const body = '<img src=x onerror="window.__pwned=1"> <script>window.__pwned=1</script> **ok**';
    fakeApi(answers({ [`GET /articles/${slug}`]: { body: { article: article({ body }) } } }));
    const { container } = render(<Article slug={slug} />);
    await screen.findByText('ok');
    const content = container.querySelector('.article-content');
    expect(content.querySelector('script')).toBeNull();
    expect(content.querySelector('[onerror]')).toBeNull();
    expect(content.querySelector('img')).toBeTruthy();
  });

  it('asks a signed-out reader to sign in before commenting', async () => {
    fakeApi(answers());
    const { container } = render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    expect(container.textContent).toContain('Sign in or sign up to add comments on this article.');
    expect(screen.queryByPlaceholderText('Write a comment...')).toBeNull();
    expect(container.querySelector('.mod-options')).toBeNull();
  });

  it('offers a reader Follow and Favorite with the count', async () => {
    session.signIn(me);
    fakeApi(answers());
    render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    expect(screen.getAllByRole('button', { name: /Follow jake/ }).length).toBe(2);
    expect(screen.getAllByRole('button', { name: /Favorite Article \(3\)/ }).length).toBe(2);
    expect(screen.queryByText('Edit Article')).toBeNull();
  });

  it('turns Follow into Unfollow once the API agrees', async () => {
    session.signIn(me);
    fakeApi(answers({ 'POST /profiles/jake/follow': { body: { profile: { ...author, following: true } } } }));
    render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    fireEvent.click(screen.getAllByRole('button', { name: /Follow jake/ })[0]);
    await waitFor(() => expect(screen.getAllByRole('button', { name: /Unfollow jake/ }).length).toBe(2));
  });

  it('offers the author Edit Article and Delete Article instead', async () => {
    session.signIn({ ...me, username: 'jake' });
    const calls = fakeApi(answers({ [`DELETE /articles/${slug}`]: { status: 204 } }));
    render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    expect(screen.getAllByText('Edit Article')[0].closest('a').getAttribute('href')).toBe(`#/editor/${slug}`);
    expect(screen.queryByRole('button', { name: /Favorite/ })).toBeNull();
    fireEvent.click(screen.getAllByRole('button', { name: /Delete Article/ })[0]);
    await waitFor(() => expect(window.location.hash).toBe('#/'));
    expect(calls.some((c) => c.method === 'DELETE')).toBe(true);
  });

  it('posts a comment and shows it first', async () => {
    session.signIn(me);
    fakeApi(answers({ [`POST /articles/${slug}/comments`]: ({ body }) => ({ body: { comment: comment(3, alice, body.comment.body) } }) }));
    const { container } = render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    fireEvent.input(screen.getByPlaceholderText('Write a comment...'), { target: { value: 'Nice one' } });
    fireEvent.click(screen.getByRole('button', { name: 'Post Comment' }));
    await screen.findByText('Nice one');
    expect(container.querySelectorAll('.card .card-text')[0].textContent).toBe('Nice one');
    expect(screen.getByPlaceholderText('Write a comment...').value).toBe('');
  });

  it('lets the reader delete only their own comments', async () => {
    session.signIn(me);
    fakeApi(answers({ [`DELETE /articles/${slug}/comments/1`]: { status: 204 } }));
    render(<Article slug={slug} />);
    await screen.findByText('Theirs');
    const deletes = screen.getAllByRole('button', { name: 'Delete comment' });
    expect(deletes.length).toBe(1);
    fireEvent.click(deletes[0]);
    await waitFor(() => expect(screen.queryByText('Mine')).toBeNull());
    expect(screen.getByText('Theirs')).toBeTruthy();
  });

  it('says so when the article does not exist', async () => {
    fakeApi({});
    render(<Article slug="nope" />);
    expect(await screen.findByText('This article does not exist.')).toBeTruthy();
  });

  it('offers Retry when the server fails', async () => {
    fakeApi(answers({ [`GET /articles/${slug}`]: { status: 500 } }));
    const { container } = render(<Article slug={slug} />);
    await screen.findByRole('button', { name: 'Retry' });
    expect(container.querySelector('.alert-error[role="alert"]').textContent).toContain('500');
  });
});
