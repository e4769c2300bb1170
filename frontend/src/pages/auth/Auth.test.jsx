import { fireEvent, render, screen } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { fakeApi, me, pending } from '../../testing/fakeApi.js';
import { Auth } from './Auth.jsx';

function fill(placeholder, value) {
  fireEvent.input(screen.getByPlaceholderText(placeholder), { target: { value } });
}

// The inputs are required, so the browser would not submit them empty.
function fillAll(mode) {
  if (mode === 'register') fill('Username', 'alice');
  fill('Email', 'alice@example.com');
  fill('Password', 'secret');
}

describe('sign in and sign up', () => {
  it('signs in with email and password, keeps the token and goes home', async () => {
    const calls = fakeApi({ 'POST /users/login': { body: { user: me } } });
    render(<Auth mode="login" />);
    expect(screen.queryByPlaceholderText('Username')).toBeNull();
    fill('Email', 'alice@example.com');
    fill('Password', 'secret');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await screen.findByRole('button', { name: 'Sign in' });
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls[0].body).toEqual({ user: { email: 'alice@example.com', password: 'secret' } });
    expect(session.user()).toEqual(me);
    expect(localStorage.getItem('jwtToken')).toBe('jwt-alice');
    expect(window.location.hash).toBe('#/');
  });

  it('signs up with username, email and password', async () => {
    const calls = fakeApi({ 'POST /users': { status: 201, body: { user: me } } });
    render(<Auth mode="register" />);
    fill('Username', 'alice');
    fill('Email', 'alice@example.com');
    fill('Password', 'secret');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(calls[0].body.user).toEqual({ username: 'alice', email: 'alice@example.com', password: 'secret' });
    expect(session.user()).toEqual(me);
  });

  it("lists every one of the API's 422 messages, field-keyed ones with the field name", async () => {
    fakeApi({
      'POST /users': { status: 422, body: { errors: { email: ['has already been taken'], username: ['has already been taken'] } } },
    });
    const { container } = render(<Auth mode="register" />);
    fillAll('register');
    fireEvent.click(screen.getByRole('button', { name: 'Sign up' }));
    await screen.findByText('email has already been taken');
    expect([...container.querySelectorAll('ul.error-messages li')].map((li) => li.textContent)).toEqual([
      'email has already been taken',
      'username has already been taken',
    ]);
    expect(session.user()).toBeNull();
  });

  it('shows wrong credentials without ending anything', async () => {
    fakeApi({ 'POST /users/login': { status: 401, body: { errors: { body: ['email or password is invalid'] } } } });
    render(<Auth mode="login" />);
    fillAll('login');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    expect(await screen.findByText('email or password is invalid')).toBeTruthy();
  });

  it('disables the form while the request is on its way', async () => {
    fakeApi({ 'POST /users/login': pending });
    const { container } = render(<Auth mode="login" />);
    fillAll('login');
    fireEvent.click(screen.getByRole('button', { name: 'Sign in' }));
    await new Promise((resolve) => setTimeout(resolve));
    expect(container.querySelector('form fieldset').disabled).toBe(true);
  });

  it('labels every input for assistive technology', () => {
    render(<Auth mode="register" />);
    for (const name of ['Username', 'Email', 'Password']) expect(screen.getByLabelText(name)).toBeTruthy();
  });
});
