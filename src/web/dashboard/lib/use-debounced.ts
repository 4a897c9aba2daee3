import { useEffect, useState } from 'react';

/** The value once it has stopped changing for `ms` (so typing in a search box is one request). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
