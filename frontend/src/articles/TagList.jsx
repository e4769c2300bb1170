export function TagList({ tags }) {
  return (
    <ul class="tag-list">
      {tags.map((tag) => (
        <li key={tag} class="tag-default tag-pill tag-outline">
          {tag}
        </li>
      ))}
    </ul>
  );
}
