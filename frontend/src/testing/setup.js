import { cleanup } from '@testing-library/preact';
import { afterEach } from 'vitest';
import { session } from '../session.js';

afterEach(() => {
  cleanup();
  session.signOut();
  localStorage.clear();
  window.location.hash = '';
});
