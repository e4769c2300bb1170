import { api, loadConfig } from '../api.js';
import { LoadError, Loading } from '../feedback/Feedback.jsx';
import { useLoad } from '../load.js';
import { Auth } from '../pages/auth/Auth.jsx';
import { Home } from '../pages/home/Home.jsx';
import { NotFound } from '../pages/not-found/NotFound.jsx';
import { Profile } from '../pages/profile/Profile.jsx';
import { Settings } from '../pages/settings/Settings.jsx';
import { match, useLocation } from '../router.js';
import { session, useSession } from '../session.js';
import { Footer } from './Footer.jsx';
import { Header } from './Header.jsx';
import { lazyPage } from './lazyPage.jsx';
import { SessionNotice } from './SessionNotice.jsx';

const Article = lazyPage(() => import('../pages/article/Article.jsx'));
const Editor = lazyPage(() => import('../pages/editor/Editor.jsx'));

// [pattern, render, signed-in only]
const routes = [
  ['/', ({ query }) => <Home query={query} />],
  ['/login', () => <Auth mode="login" />],
  ['/register', () => <Auth mode="register" />],
  ['/settings', () => <Settings />, true],
  ['/editor', () => <Editor />, true],
  ['/editor/:slug', ({ slug }) => <Editor slug={slug} />, true],
  ['/article/:slug', ({ slug }) => <Article slug={slug} />],
  ['/profile/:username', ({ username, query }) => <Profile username={username} query={query} />],
  ['/profile/:username/favorites', ({ username, query }) => <Profile username={username} query={query} favorites />],
];

// The API's address and, with a stored token, who is signed in: both known before any page loads.
async function start() {
  await loadConfig();
  if (!session.token()) return;
  try {
    session.signIn(await api.currentUser());
  } catch (error) {
    // A refused token already ended the session (with its notice); anything else is worth a retry.
    if (error.kind !== 'unauthorized') throw error;
  }
}

function SignInRequired() {
  return (
    <div class="container page">
      <p>
        <a href="#/login">Sign in</a> or <a href="#/register">sign up</a> to see this page.
      </p>
    </div>
  );
}

export function App() {
  const boot = useLoad(start, []);
  const { user, notice } = useSession();
  const { path, params } = useLocation();
  const found = match(routes, path);

  let content;
  if (boot.status === 'loading') content = <Loading />;
  else if (boot.status === 'error') content = <div class="container page"><LoadError error={boot.error} retry={boot.retry} /></div>;
  else if (!found) content = <NotFound />;
  else {
    const [, render, signedInOnly] = found.route;
    content = signedInOnly && !user ? <SignInRequired /> : render({ ...found.params, query: params });
  }

  return (
    <>
      <Header user={user} path={path} />
      <SessionNotice notice={notice} />
      <main>{content}</main>
      <Footer />
    </>
  );
}
