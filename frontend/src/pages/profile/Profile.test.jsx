import { render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { article, author, fakeApi, me, pending } from '../../testing/fakeApi.js';
import { Profile } from './Profile.jsx';

const query = (search = '') => new URLSearchParams(search);
const jake = { 'GET /profiles/jake': { body: { profile: author } } };

describe('the profile page', () => {
  it('shows "Loading..." while the profile is on its way', () => {
    fakeApi({ 'GET /profiles/jake': pending });
    render(<Profile username="jake" query={query()} />);
    expect(screen.getByText('Loading...')).toBeTruthy();
  });

  it("shows the user's picture, name, bio and their articles under My Articles", async () => {
    const calls = fakeApi({ ...jake, 'GET /articles': { body: { articles: [article()], articlesCount: 1 } } });
    const { container } = render(<Profile username="jake" query={query()} />);
    await screen.findByText('How to train your dragon');
    expect(container.querySelector('.user-info img')).toBeTruthy();
    expect(container.querySelector('.user-info h4').textContent).toBe('jake');
    expect(container.querySelector('.user-info p').textContent).toBe('I work at statefarm');
    expect(container.querySelector('.articles-toggle .nav-link.active').textContent).toBe('My Articles');
    expect(calls.find((c) => c.path.startsWith('/articles?')).path).toBe('/articles?author=jake&limit=10&offset=0');
  });

  it('lists the articles the user favorited under Favorited Articles, paged', async () => {
    const calls = fakeApi({ ...jake, 'GET /articles': { body: { articles: [article()], articlesCount: 11 } } });
    const { container } = render(<Profile username="jake" query={query('page=2')} favorites />);
    await screen.findByText('How to train your dragon');
    expect(container.querySelector('.articles-toggle .nav-link.active').textContent).toBe('Favorited Articles');
    expect(calls.find((c) => c.path.startsWith('/articles?')).path).toBe('/articles?favorited=jake&limit=10&offset=10');
    expect(container.querySelector('li.page-item.active a').getAttribute('href')).toBe('#/profile/jake/favorites?page=2');
  });

  it('says "No articles are here... yet." when the user wrote none', async () => {
    fakeApi({ ...jake, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    render(<Profile username="jake" query={query()} />);
    expect(await screen.findByText('No articles are here... yet.')).toBeTruthy();
  });

  it('offers a follow button on somebody else’s profile', async () => {
    session.signIn(me);
    fakeApi({ ...jake, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    render(<Profile username="jake" query={query()} />);
    expect(await screen.findByRole('button', { name: /Follow jake/ })).toBeTruthy();
  });

  it('offers "Edit Profile Settings" on your own profile', async () => {
    session.signIn(me);
    fakeApi({ 'GET /profiles/alice': { body: { profile: { ...author, username: 'alice' } } }, 'GET /articles': { body: { articles: [], articlesCount: 0 } } });
    render(<Profile username="alice" query={query()} />);
    expect((await screen.findByText('Edit Profile Settings')).closest('a').getAttribute('href')).toBe('#/settings');
    expect(screen.queryByRole('button', { name: /Follow/ })).toBeNull();
  });

  it('says so when there is no such user', async () => {
    fakeApi({});
    render(<Profile username="ghost" query={query()} />);
    expect(await screen.findByText('There is no such user.')).toBeTruthy();
  });

  it('offers Retry when the network fails', async () => {
    fakeApi({ 'GET /profiles/jake': new TypeError('offline') });
    render(<Profile username="jake" query={query()} />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy();
    expect(screen.getByRole('alert').textContent).toContain('Could not reach the server');
  });
});
