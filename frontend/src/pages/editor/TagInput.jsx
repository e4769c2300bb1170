import { useState } from 'preact/hooks';
import { Close } from '../../feedback/icons.jsx';

// Enter adds the typed tag; each pill has its own remove button, so the keyboard can take tags away too.
export function TagInput({ tags, onChange }) {
  const [text, setText] = useState('');

  function onKeyDown(event) {
    if (event.key !== 'Enter') return;
    event.preventDefault();
    const tag = text.trim();
    if (tag && !tags.includes(tag)) onChange([...tags, tag]);
    setText('');
  }

  return (
    <fieldset class="form-group">
      <input
        class="form-control"
        type="text"
        placeholder="Enter tags"
        aria-label="Enter tags"
        value={text}
        onInput={(e) => setText(e.currentTarget.value)}
        onKeyDown={onKeyDown}
      />
      <ul class="tag-list">
        {tags.map((tag) => (
          <li key={tag} class="tag-default tag-pill">
            <button
              type="button"
              class="tag-remove"
              aria-label={`Remove tag ${tag}`}
              onClick={() => onChange(tags.filter((t) => t !== tag))}
            >
              <Close />
            </button>
            {tag}
          </li>
        ))}
      </ul>
    </fieldset>
  );
}
