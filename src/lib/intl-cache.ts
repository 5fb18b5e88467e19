/**
 * One Intl formatter per locale and options. Building one costs far more than using it (the first
 * of a page also sets up ICU's data; docs/architecture.md), while a page formats hundreds of
 * numbers, dates and periods.
 */
function memo<F, O>(make: (locale: string, options: O) => F) {
  const cache = new Map<string, F>();
  return (locale: string, options: O): F => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let f = cache.get(key);
    if (!f) {
      f = make(locale, options);
      cache.set(key, f);
    }
    return f;
  };
}

export const nf = memo((l, o: Intl.NumberFormatOptions) => new Intl.NumberFormat(l, o));
export const df = memo((l, o: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(l, o));
