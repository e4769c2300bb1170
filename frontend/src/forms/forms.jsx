import { useState } from 'preact/hooks';

// Every form: its values, one save action, and the API's errors shown above it.
export function useForm(initial, save) {
  const [values, setValues] = useState(initial);
  const [error, setError] = useState(null);
  const [busy, setBusy] = useState(false);

  const field = (name) => ({
    value: values[name],
    onInput: (e) => {
      const { value } = e.currentTarget;
      setValues((current) => ({ ...current, [name]: value }));
    },
  });

  async function submit(event) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await save(values);
    } catch (failure) {
      setError(failure);
    } finally {
      setBusy(false);
    }
  }

  return { values, setValues, field, submit, error, busy };
}

// The placeholder is also the accessible name, since the template shows no visible labels.
export function TextField({ placeholder, large, multiline, ...input }) {
  const props = {
    class: `form-control${large ? ' form-control-lg' : ''}`,
    placeholder,
    'aria-label': placeholder,
    ...input,
  };
  return <fieldset class="form-group">{multiline ? <textarea rows="8" {...props} /> : <input type="text" {...props} />}</fieldset>;
}
