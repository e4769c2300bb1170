import { fireEvent, render, screen, waitFor } from '@testing-library/preact';
import { describe, expect, it } from 'vitest';
import { session } from '../../session.js';
import { fakeApi, me } from '../../testing/fakeApi.js';
import { Settings } from './Settings.jsx';

describe('the settings page', () => {
  it("fills the form with the signed-in user's values", () => {
    session.signIn(me);
    render(<Settings />);
    expect(screen.getByPlaceholderText('Username').value).toBe('alice');
    expect(screen.getByPlaceholderText('Email').value).toBe('alice@example.com');
    expect(screen.getByPlaceholderText('Short bio about you').value).toBe('hi');
    expect(screen.getByPlaceholderText('URL of profile picture').value).toBe('');
    expect(screen.getByPlaceholderText('New Password').value).toBe('');
  });

  it('saves changes without a password when none was typed, then shows the profile', async () => {
    session.signIn(me);
    const calls = fakeApi({ 'PUT /user': ({ body }) => ({ body: { user: { ...me, ...body.user } } }) });
    render(<Settings />);
    fireEvent.input(screen.getByPlaceholderText('Short bio about you'), { target: { value: 'new bio' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update Settings' }));
    await waitFor(() => expect(window.location.hash).toBe('#/profile/alice'));
    expect(calls[0].body.user).not.toHaveProperty('password');
    expect(calls[0].body.user.bio).toBe('new bio');
    expect(session.user().bio).toBe('new bio');
  });

  it('sends a new password when one was typed', async () => {
    session.signIn(me);
    const calls = fakeApi({ 'PUT /user': { body: { user: me } } });
    render(<Settings />);
    fireEvent.input(screen.getByPlaceholderText('New Password'), { target: { value: 'n3w-secret' } });
    fireEvent.click(screen.getByRole('button', { name: 'Update Settings' }));
    await waitFor(() => expect(calls.length).toBe(1));
    expect(calls[0].body.user.password).toBe('n3w-secret');
  });

  it("shows the API's errors", async () => {
    session.signIn(me);
    fakeApi({ 'PUT /user': { status: 422, body: { errors: { username: ['has already been taken'] } } } });
    render(<Settings />);
    fireEvent.click(screen.getByRole('button', { name: 'Update Settings' }));
    expect(await screen.findByText('username has already been taken')).toBeTruthy();
  });

  it('signs out with the logout button', () => {
    session.signIn(me);
    render(<Settings />);
    fireEvent.click(screen.getByRole('button', { name: 'Or click here to logout.' }));
    expect(session.user()).toBeNull();
    expect(localStorage.getItem('jwtToken')).toBeNull();
  });
});
