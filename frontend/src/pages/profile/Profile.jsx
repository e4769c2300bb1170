import { api } from '../../api.js';
import { ArticleList, pageParam } from '../../articles/ArticleList.jsx';
import { FollowButton } from '../../authors/FollowButton.jsx';
import { PageStatus } from '../../feedback/Feedback.jsx';
import { Gear } from '../../feedback/icons.jsx';
import { avatar } from '../../format.js';
import { useLoad } from '../../load.js';
import { useSession } from '../../session.js';
import { NavItem } from '../../shell/NavItem.jsx';
import { useTitle } from '../../title.js';

function UserInfo({ profile, self, onChange }) {
  return (
    <div class="user-info">
      <div class="container">
        <div class="row">
          <div class="col-xs-12 col-md-10 offset-md-1">
            <img src={avatar(profile.image)} class="user-img" alt="" width="100" height="100" />
            <h4>{profile.username}</h4>
            {profile.bio && <p>{profile.bio}</p>}
            {self ? (
              <a class="btn btn-sm btn-outline-secondary action-btn" href="#/settings">
                <Gear /> Edit Profile Settings
              </a>
            ) : (
              <FollowButton profile={profile} onChange={onChange} />
            )}
          </div>
        </div>
      </div>
    </div>
  );
}

export function Profile({ username, query, favorites }) {
  const { user } = useSession();
  const profile = useLoad(() => api.profile(username), [username, user?.username]);
  useTitle(favorites ? `Articles favorited by ${username}` : username);

  if (profile.status !== 'ready') return <PageStatus result={profile} missing="There is no such user." />;

  const base = `#/profile/${encodeURIComponent(username)}${favorites ? '/favorites' : ''}`;
  const filter = favorites ? { favorited: username } : { author: username };
  return (
    <div class="profile-page">
      <UserInfo profile={profile.data} self={user?.username === username} onChange={(p) => profile.setData(() => p)} />
      <div class="container">
        <div class="row">
          <div class="col-xs-12 col-md-10 offset-md-1">
            <div class="articles-toggle">
              <ul class="nav nav-pills outline-active">
                <NavItem href={`#/profile/${encodeURIComponent(username)}`} active={!favorites}>
                  My Articles
                </NavItem>
                <NavItem href={`#/profile/${encodeURIComponent(username)}/favorites`} active={favorites}>
                  Favorited Articles
                </NavItem>
              </ul>
            </div>
            <ArticleList
              load={(range) => api.articles({ ...filter, ...range })}
              loadKey={base}
              page={pageParam(query)}
              href={(n) => `${base}?page=${n}`}
            />
          </div>
        </div>
      </div>
    </div>
  );
}
