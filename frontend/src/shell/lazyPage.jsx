import { useEffect, useState } from 'preact/hooks';
import { ApiError } from '../api.js';
import { LoadError, Loading } from '../feedback/Feedback.jsx';

// Pages that need heavy code (markdown, the editor) come in their own chunk, fetched on first visit.
export function lazyPage(load) {
  let loaded = null;
  return function LazyPage(props) {
    const [Page, setPage] = useState(() => loaded);
    const [error, setError] = useState(null);
    const [attempt, setAttempt] = useState(0);
    useEffect(() => {
      if (Page) return;
      load().then(
        (module) => {
          loaded = module.default;
          setPage(() => loaded);
        },
        () => setError(new ApiError('network', ['Could not load this page. Check your connection.'], 0)),
      );
    }, [attempt]);
    if (Page) return <Page {...props} />;
    if (error) {
      return (
        <div class="container page">
          <LoadError
            error={error}
            retry={() => {
              setError(null);
              setAttempt((n) => n + 1);
            }}
          />
        </div>
      );
    }
    return (
      <div class="container page">
        <Loading />
      </div>
    );
  };
}
