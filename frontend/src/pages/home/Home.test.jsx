import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { article, fakeApi, me, pending } from '../../testing/fakeApi.js';
import { Home } from './Home.jsx';

const query = (search = '') => new URLSearchParams(search);
const tags = { 'GET /tags': { body: { tags: ['dragons', 'welcome'] } } };

describe('the home page', () => {
  it('shows "Loading articles..." while the list is on its way', () => {
    fakeApi({ ...tags, 'GET /articles': pending });
    render(<Home query={query()} />);
    expect(screen.getByText('Loading articles...')).toBeTruthy();
  });

  it('says "No articles are here... yet." for an empty list', async () => {
    fakeApi({ ...tags, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    render(<Home query={query()} />);
    expect(await screen.findByText('No articles are here... yet.')).toBeTruthy();
  });

  it('shows the banner and only the global feed when signed out', async () => {
    fakeApi({ ...tags, 'GET /articles': { body: { articles: [article()], articlesCount: 1 } } });
    const { container } = render(<Home query={query()} />);
    await screen.findByText('How to train your dragon');
    expect(container.querySelector('.banner h1').textContent).toBe('conduit');
    expect(screen.queryByText('Your Feed')).toBeNull();
    expect(container.querySelector('.feed-toggle .nav-link.active').textContent).toBe('Global Feed');
  });

  it('offers "Your Feed" without the banner when signed in, and loads the feed on that tab', async () => {
    session.signIn(me);
    const calls = fakeApi({ ...tags, 'GET /articles/feed': { body: { articles: [], articlesCount: 0 } } });
    const { container } = render(<Home query={query('feed=following')} />);
    await screen.findByText('No articles are here... yet.');
    expect(container.querySelector('.banner')).toBeNull();
    expect(container.querySelector('.feed-toggle .nav-link.active').textContent).toBe('Your Feed');
    expect(calls.some((c) => c.path.startsWith('/articles/feed?limit=10&offset=0'))).toBe(true);
  });

  it('renders a preview with author, date, favorite count, title, description and tags', async () => {
    fakeApi({ ...tags, 'GET /articles': { body: { articles: [article()], articlesCount: 1 } } });
    const { container } = render(<Home query={query()} />);
    await screen.findByText('How to train your dragon');
    const preview = container.querySelector('.article-preview');
    expect(preview.querySelector('.article-meta .author').textContent).toBe('jake');
    expect(preview.querySelector('.date').textContent).toBe('November 30, 2026');
    expect(preview.querySelector('button.btn-outline-primary').textContent).toContain('3');
    expect(preview.querySelector('a.preview-link').getAttribute('href')).toBe('#/article/how-to-train-your-dragon');
    expect(preview.querySelector('.preview-link p').textContent).toBe('Ever wonder how?');
    expect([...preview.querySelectorAll('.tag-list li.tag-pill')].map((li) => li.textContent)).toEqual(['dragons', 'training']);
  });

  it('computes pages from articlesCount, ten a page, and marks the current one', async () => {
    const calls = fakeApi({ ...tags, 'GET /articles': { body: { articles: [article()], articlesCount: 25 } } });
    const { container } = render(<Home query={query('page=2')} />);
    await screen.findByText('How to train your dragon');
    const items = container.querySelectorAll('ul.pagination li.page-item');
    expect(items.length).toBe(3);
    expect(container.querySelector('li.page-item.active a.page-link').textContent).toBe('2');
    expect(calls.find((c) => c.path.startsWith('/articles?')).path).toBe('/articles?limit=10&offset=10');
  });

  it('filters by the tag in the address and shows it as a tab', async () => {
    const calls = fakeApi({ ...tags, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    const { container } = render(<Home query={query('tag=dragons')} />);
    await screen.findByText('No articles are here... yet.');
    expect(container.querySelector('.feed-toggle .nav-link.active').textContent).toBe('# dragons');
    expect(calls.find((c) => c.path.startsWith('/articles?')).path).toContain('tag=dragons');
  });

  it('lists popular tags as links that filter the feed', async () => {
    fakeApi({ ...tags, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    const { container } = render(<Home query={query()} />);
    await screen.findByText('welcome');
    expect(container.querySelector('.sidebar .tag-list a.tag-pill').getAttribute('href')).toBe('#/?tag=dragons');
  });

  it('shows a failed load with a Retry button that loads again', async () => {
    let failing = true;
    fakeApi({
      ...tags,
      'GET /articles': () =>
        failing ? { status: 503, body: { errors: { body: ['service unavailable'] } } } : { body: { articles: [], articlesCount: 0 } },
    });
    const { container } = render(<Home query={query()} />);
    await screen.findByText('service unavailable');
    expect(container.querySelector('.alert-error[role="alert"]')).toBeTruthy();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Retry' }));
    await waitFor(() => expect(screen.getByText('No articles are here... yet.')).toBeTruthy());
  });

  it('favorites an article from its preview when signed in', async () => {
    session.signIn(me);
    fakeApi({
      ...tags,
      'GET /articles': { body: { articles: [article()], articlesCount: 1 } },
      'POST /articles/how-to-train-your-dragon/favorite': { body: { article: article({ favorited: true, favoritesCount: 4 }) } },
    });
    const { container } = render(<Home query={query()} />);
    await screen.findByText('How to train your dragon');
    fireEvent.click(container.querySelector('.article-preview button'));
    await waitFor(() => expect(container.querySelector('.article-preview button.btn-primary').textContent).toContain('4'));
  });
});
