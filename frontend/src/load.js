// Loading, failure and retry in one place, so every page shows them the same way.
import { useCallback, useEffect, useState } from 'preact/hooks';

export function useLoad(load, deps) {
  const [attempt, setAttempt] = useState(0);
  const [result, setResult] = useState({ status: 'loading', data: null, error: null });
  useEffect(() => {
    let current = true;
    setResult({ status: 'loading', data: null, error: null });
    load().then(
      (data) => current && setResult({ status: 'ready', data, error: null }),
      (error) => current && setResult({ status: 'error', data: null, error }),
    );
    // A late answer for an old route or page must not overwrite the new one.
    return () => {
      current = false;
    };
  }, [...deps, attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  const setData = useCallback((update) => setResult((r) => ({ ...r, data: update(r.data) })), []);
  return { ...result, retry, setData };
}
