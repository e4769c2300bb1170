// How waiting and failure look everywhere in the app.
export function Loading({ what = 'Loading...' }) {
  return <p class="loading" aria-live="polite">{what}</p>;
}

// A failed load never leaves a blank page: it says what happened and offers to try again.
export function LoadError({ error, retry }) {
  const message = error?.messages?.join(' ') || 'Something went wrong.';
  return (
    <div class="alert-error" role="alert">
      <p>{message}</p>
      <button type="button" class="btn btn-sm btn-outline-danger" onClick={retry}>
        Retry
      </button>
    </div>
  );
}

export function ErrorMessages({ error }) {
  if (!error) return null;
  return (
    <ul class="error-messages" role="alert">
      {error.messages.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

// What a page shows while its main resource is loading or could not be had.
export function PageStatus({ result, missing }) {
  let content = <Loading />;
  if (result.status === 'error') {
    content = result.error.kind === 'not-found' ? <p>{missing}</p> : <LoadError error={result.error} retry={result.retry} />;
  }
  return <div class="container page">{content}</div>;
}
