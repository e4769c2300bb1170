// "November 30, 2026", as the Conduit template shows dates.
export function formatDate(iso) {
  return new Date(iso).toLocaleDateString('en-US', { year: 'numeric', month: 'long', day: 'numeric' });
}

// Authors without a picture still get one, without fetching it from anywhere else.
const DEFAULT_AVATAR =
  'data:image/svg+xml,' +
  encodeURIComponent(
    '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 32 32"><rect width="32" height="32" fill="#ccc"/><circle cx="16" cy="12" r="6" fill="#fff"/><path d="M5 30c1-7 6-10 11-10s10 3 11 10z" fill="#fff"/></svg>',
  );

export function avatar(image) {
  return image || DEFAULT_AVATAR;
}
