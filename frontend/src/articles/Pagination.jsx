export const PAGE_SIZE = 10;

export function Pagination({ count, page, href }) {
  const pages = Math.ceil(count / PAGE_SIZE);
  if (pages < 2) return null;
  return (
    <nav aria-label="Pages">
      <ul class="pagination">
        {Array.from({ length: pages }, (_, i) => i + 1).map((n) => (
          <li key={n} class={`page-item${n === page ? ' active' : ''}`}>
            <a class="page-link" href={href(n)} aria-current={n === page ? 'page' : undefined}>
              {n}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
