import { useMemo } from 'react';

/**
 * The same reference while the content is the same (a page builds a new model on every render), so a
 * memoised drawing is not redrawn for nothing. For plain JSON: numbers, strings, booleans and null.
 */
export function useStable<T>(value: T): T {
  const key = JSON.stringify(value);
  return useMemo(() => JSON.parse(key) as T, [key]);
}
