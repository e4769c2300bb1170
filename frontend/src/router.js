// Hash routes (#/article/slug) so the app works from any static bucket without server rewrites.
import { useEffect, useState } from 'preact/hooks';

export function currentLocation() {
  const hash = window.location.hash.replace(/^#/, '') || '/';
  const [path, search = ''] = hash.split('?');
  return { path: path || '/', params: new URLSearchParams(search) };
}

export function navigate(path) {
  window.location.hash = path;
}

export function useLocation() {
  const [location, setLocation] = useState(currentLocation);
  useEffect(() => {
    const onChange = () => setLocation(currentLocation());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return location;
}

// Patterns like '/article/:slug'; the first that matches wins.
export function match(routes, path) {
  for (const route of routes) {
    const [pattern] = route;
    const names = [];
    const regex = new RegExp(
      `^${pattern.replace(/:([a-z]+)/g, (_, name) => {
        names.push(name);
        return '([^/]+)';
      })}$`,
    );
    const found = regex.exec(path);
    if (found) {
      const params = Object.fromEntries(names.map((name, i) => [name, decodeURIComponent(found[i + 1])]));
      return { route, params };
    }
  }
  return null;
}
