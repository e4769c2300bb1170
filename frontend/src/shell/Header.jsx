import { Compose, Gear } from '../feedback/icons.jsx';
import { avatar } from '../format.js';
import { NavItem } from './NavItem.jsx';

function NavLink({ href, path, children }) {
  return (
    <NavItem href={href} active={`#${path}` === href}>
      {children}
    </NavItem>
  );
}

export function Header({ user, path }) {
  return (
    <nav class="navbar navbar-light" aria-label="Main">
      <div class="container">
        <a class="navbar-brand" href="#/">
          conduit
        </a>
        <ul class="nav navbar-nav pull-xs-right">
          <NavLink href="#/" path={path}>
            Home
          </NavLink>
          {user ? (
            <>
              <NavLink href="#/editor" path={path}>
                <Compose /> New Article
              </NavLink>
              <NavLink href="#/settings" path={path}>
                <Gear /> Settings
              </NavLink>
              <NavLink href={`#/profile/${encodeURIComponent(user.username)}`} path={path}>
                <img class="user-pic" src={avatar(user.image)} alt="" width="26" height="26" />
                {user.username}
              </NavLink>
            </>
          ) : (
            <>
              <NavLink href="#/login" path={path}>
                Sign in
              </NavLink>
              <NavLink href="#/register" path={path}>
                Sign up
              </NavLink>
            </>
          )}
        </ul>
      </div>
    </nav>
  );
}
