import { api } from '../../api.js';
import { ArticleList, pageParam } from '../../articles/ArticleList.jsx';
import { useSession } from '../../session.js';
import { NavItem as Tab } from '../../shell/NavItem.jsx';
import { useTitle } from '../../title.js';
import { PopularTags } from './PopularTags.jsx';

// The feed, tag and page live in the address (#/?feed=following&page=2), so links, reloads and Back keep them.
export function Home({ query }) {
  const { user } = useSession();
  const tag = query.get('tag');
  const following = Boolean(user) && !tag && query.get('feed') === 'following';
  const page = pageParam(query);
  useTitle(tag ? `#${tag}` : 'Home');

  const base = following ? '#/?feed=following' : tag ? `#/?tag=${encodeURIComponent(tag)}` : '#/?';
  const href = (n) => `${base}${base.endsWith('?') ? '' : '&'}page=${n}`;
  const load = following ? (range) => api.feed(range) : (range) => api.articles({ ...range, tag });

  return (
    <div class="home-page">
      {!user && (
        <div class="banner">
          <div class="container">
            <h1 class="logo-font">conduit</h1>
            <p>A place to share your knowledge.</p>
          </div>
        </div>
      )}
      <div class="container page">
        <div class="row">
          <div class="col-md-9">
            <div class="feed-toggle">
              <ul class="nav nav-pills outline-active">
                {user && (
                  <Tab href="#/?feed=following" active={following}>
                    Your Feed
                  </Tab>
                )}
                <Tab href="#/" active={!following && !tag}>
                  Global Feed
                </Tab>
                {tag && (
                  <Tab href={`#/?tag=${encodeURIComponent(tag)}`} active>
                    # {tag}
                  </Tab>
                )}
              </ul>
            </div>
            <ArticleList load={load} loadKey={`${following}|${tag}|${user?.username}`} page={page} href={href} />
          </div>
          <div class="col-md-3">
            <PopularTags />
          </div>
        </div>
      </div>
    </div>
  );
}
