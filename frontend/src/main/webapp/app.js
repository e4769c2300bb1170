// The API's base URL comes from config.json at run time, so the same files serve any environment.
const tagsBox = document.getElementById('tags');

async function loadConfig() {
  const response = await fetch('config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  const config = await response.json();
  if (typeof config.apiUrl !== 'string' || config.apiUrl === '') throw new Error('config.json has no apiUrl');
  return config;
}

function showTags(tags) {
  tagsBox.replaceChildren();
  if (tags.length === 0) {
    tagsBox.textContent = 'No tags are here... yet.';
    return;
  }
  for (const tag of tags) {
    const pill = document.createElement('span');
    pill.className = 'tag-pill';
    pill.textContent = tag;
    tagsBox.append(pill);
  }
}

async function main() {
  try {
    const { apiUrl } = await loadConfig();
    const response = await fetch(`${apiUrl.replace(/\/$/, '')}/tags`);
    if (!response.ok) throw new Error(`GET /tags: HTTP ${response.status}`);
    const body = await response.json();
    showTags(body.tags);
    document.body.dataset.state = 'ready';
  } catch (error) {
    tagsBox.textContent = `Tags are unavailable (${error.message}).`;
    document.body.dataset.state = 'error';
  }
}

main();
