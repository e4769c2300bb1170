import DOMPurify from 'dompurify';
import { marked } from 'marked';

// Bodies are written by anyone: the HTML marked makes is sanitised, so scripts and event handlers never run.
export function renderMarkdown(text) {
  return DOMPurify.sanitize(marked.parse(text ?? '', { async: false }));
}
