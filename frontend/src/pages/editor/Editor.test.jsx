import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { article, fakeApi, me, pending } from '../../testing/fakeApi.js';
import Editor from './Editor.jsx';

function type(placeholder, value) {
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });
}

function addTag(tag) {
  type('Enter tags', tag);
  fireEvent.keyDown(screen.getByPlaceholderText('Enter tags'), { key: 'Enter' });
}

describe('the editor', () => {
  it('adds a tag on Enter and shows it as a pill', () => {
    session.signIn(me);
    const { container } = render(<Editor />);
    addTag('dragons');
    addTag('dragons');
    expect([...container.querySelectorAll('.tag-list .tag-pill')].map((p) => p.textContent)).toEqual(['dragons']);
    expect(screen.getByPlaceholderText('Enter tags').value).toBe('');
  });

  it('removes a tag with its own button, which the keyboard can reach', () => {
    session.signIn(me);
    const { container } = render(<Editor />);
    addTag('dragons');
    addTag('training');
    const remove = screen.getByRole('button', { name: 'Remove tag dragons' });
    expect(remove.tagName).toBe('BUTTON');
    fireEvent.click(remove);
    expect([...container.querySelectorAll('.tag-list .tag-pill')].map((p) => p.textContent)).toEqual(['training']);
  });

  it('publishes a new article and opens it', async () => {
    session.signIn(me);
    const calls = fakeApi({ 'POST /articles': ({ body }) => ({ status: 201, body: { article: article({ ...body.article, slug: 'fresh' }) } }) });
    render(<Editor />);
    type('Article Title', 'Fresh');
    type("What's this article about?", 'About');
    type('Write your article (in markdown)', '# Hi');
    addTag('news');
    fireEvent.click(screen.getByRole('button', { name: 'Publish Article' }));
    await waitFor(() => expect(window.location.hash).toBe('#/article/fresh'));
    expect(calls[0].body.article).toEqual({ title: 'Fresh', description: 'About', body: '# Hi', tagList: ['news'] });
  });

  it("shows the API's errors and keeps what was typed", async () => {
    session.signIn(me);
    fakeApi({ 'POST /articles': { status: 422, body: { errors: { title: ["can't be blank"] } } } });
    const { container } = render(<Editor />);
    type('Write your article (in markdown)', 'body');
    fireEvent.click(screen.getByRole('button', { name: 'Publish Article' }));
    await screen.findByText("title can't be blank");
    expect(container.querySelector('ul.error-messages li')).toBeTruthy();
    expect(screen.getByPlaceholderText('Write your article (in markdown)').value).toBe('body');
  });

  it('shows "Loading..." while an article to edit is on its way', () => {
    session.signIn(me);
    fakeApi({ 'GET /articles/mine': pending });
    render(<Editor slug="mine" />);
    expect(screen.getByText('Loading...')).toBeTruthy();
  });

  it('edits an existing article with its values filled in and saves title, description and body with PUT', async () => {
    session.signIn(me);
    const calls = fakeApi({
      'GET /articles/how-to-train-your-dragon': { body: { article: article() } },
      'PUT /articles/how-to-train-your-dragon': ({ body }) => ({ body: { article: article(body.article) } }),
    });
    render(<Editor slug="how-to-train-your-dragon" />);
    expect((await screen.findByPlaceholderText('Article Title')).value).toBe('How to train your dragon');
    type('Article Title', 'Renamed');
    fireEvent.click(screen.getByRole('button', { name: 'Publish Article' }));
    await waitFor(() => expect(calls.some((c) => c.method === 'PUT')).toBe(true));
    expect(calls.find((c) => c.method === 'PUT').body.article).toEqual({
      title: 'Renamed',
      description: 'Ever wonder how?',
      body: 'It takes a **Jacobian**',
    });
    expect(screen.queryByPlaceholderText('Enter tags')).toBeNull();
  });

  it('offers Retry when the article to edit could not be loaded', async () => {
    session.signIn(me);
    fakeApi({ 'GET /articles/mine': new TypeError('offline') });
    render(<Editor slug="mine" />);
    expect(await screen.findByRole('button', { name: 'Retry' })).toBeTruthy();
  });
});
