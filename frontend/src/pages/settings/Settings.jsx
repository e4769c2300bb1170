import { api } from '../../api.js';
import { ErrorMessages } from '../../feedback/Feedback.jsx';
import { TextField, useForm } from '../../forms/forms.jsx';
import { navigate } from '../../router.js';
import { session, useSession } from '../../session.js';
import { useTitle } from '../../title.js';

function logout() {
  session.signOut();
  navigate('/');
}

// Signing out here unmounts the form before the route changes, so it never renders without a user.
export function Settings() {
  const { user } = useSession();
  return user ? <SettingsForm user={user} /> : null;
}

function SettingsForm({ user }) {
  const initial = { image: user.image ?? '', username: user.username, bio: user.bio ?? '', email: user.email, password: '' };
  // An empty password field means "keep the old one".
  const form = useForm(initial, async ({ password, ...rest }) => {
    const updated = await api.updateUser(password ? { ...rest, password } : rest);
    session.update(updated);
    navigate(`/profile/${encodeURIComponent(updated.username)}`);
  });
  useTitle('Settings');

  return (
    <div class="settings-page">
      <div class="container page">
        <div class="row">
          <div class="col-md-6 offset-md-3 col-xs-12">
            <h1 class="text-xs-center">Your Settings</h1>
            <ErrorMessages error={form.error} />
            <form onSubmit={form.submit}>
              <fieldset disabled={form.busy}>
                <TextField type="url" placeholder="URL of profile picture" {...form.field('image')} />
                <TextField large placeholder="Username" autocomplete="username" {...form.field('username')} />
                <TextField large multiline placeholder="Short bio about you" {...form.field('bio')} />
                <TextField large type="email" placeholder="Email" autocomplete="email" {...form.field('email')} />
                <TextField large type="password" placeholder="New Password" autocomplete="new-password" {...form.field('password')} />
                <button class="btn btn-lg btn-primary pull-xs-right" type="submit">
                  Update Settings
                </button>
              </fieldset>
            </form>
            <hr />
            <button class="btn btn-outline-danger" type="button" onClick={logout}>
              Or click here to logout.
            </button>
          </div>
        </div>
      </div>
    </div>
  );
}
