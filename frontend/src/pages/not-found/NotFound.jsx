import { useTitle } from '../../title.js';

export function NotFound() {
  useTitle('Page not found');
  return (
    <div class="container page not-found">
      <h1>Page not found</h1>
      <p>
        There is nothing at this address. <a href="#/">Go to the home page</a>.
      </p>
    </div>
  );
}
