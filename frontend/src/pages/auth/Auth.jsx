import { api } from '../../api.js';
import { ErrorMessages } from '../../feedback/Feedback.jsx';
import { TextField, useForm } from '../../forms/forms.jsx';
import { navigate } from '../../router.js';
import { session } from '../../session.js';
import { useTitle } from '../../title.js';

const MODES = {
  login: { title: 'Sign in', other: ['#/register', 'Need an account?'], send: api.login },
  register: { title: 'Sign up', other: ['#/login', 'Have an account?'], send: api.register },
};

export function Auth({ mode }) {
  const { title, other, send } = MODES[mode];
  const register = mode === 'register';
  const form = useForm({ username: '', email: '', password: '' }, async ({ username, email, password }) => {
    session.signIn(await send(register ? { username, email, password } : { email, password }));
    navigate('/');
  });
  useTitle(title);

  return (
    <div class="auth-page">
      <div class="container page">
        <div class="row">
          <div class="col-md-6 offset-md-3 col-xs-12">
            <h1 class="text-xs-center">{title}</h1>
            <p class="text-xs-center">
              <a href={other[0]}>{other[1]}</a>
            </p>
            <ErrorMessages error={form.error} />
            <form onSubmit={form.submit}>
              <fieldset disabled={form.busy}>
                {register && <TextField large placeholder="Username" autocomplete="username" required {...form.field('username')} />}
                <TextField large type="email" placeholder="Email" autocomplete="email" required {...form.field('email')} />
                <TextField
                  large
                  type="password"
                  placeholder="Password"
                  autocomplete={register ? 'new-password' : 'current-password'}
                  required
                  {...form.field('password')}
                />
                <button class="btn btn-lg btn-primary pull-xs-right" type="submit">
                  {title}
                </button>
              </fieldset>
            </form>
          </div>
        </div>
      </div>
    </div>
  );
}
