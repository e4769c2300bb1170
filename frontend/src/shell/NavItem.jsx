export function NavItem({ href, active, children }) {
  return (
    <li class="nav-item">
      <a class={`nav-link${active ? ' active' : ''}`} href={href} aria-current={active ? 'page' : undefined}>
        {children}
      </a>
    </li>
  );
}
