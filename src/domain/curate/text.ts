/**
 * An article's text as a reader goes through it: the speech and its report, without the page's
 * furniture (related-news lists, view counters, datelines and bylines, photo credits, hashtags), cut
 * into sentences with their offsets in the text as given.
 */

export interface Span {
  start: number;
  end: number;
}

/** A line that starts the page's furniture: everything after it is not the article. */
const FURNITURE_STARTS =
  /^(?:Продолжая тему|Читайте также|Также читайте|Читайте нас|Подписывайтесь|Похожие новости|Другие новости|Последние новости|Лента новостей|Новости по теме|Ещё по теме|Еще по теме|Теги|Тағы оқыңыз|Ұқсас жаңалықтар|Тақырыпқа қатысты|Соңғы жаңалықтар|Басқа жаңалықтар|Тегтер|Материалы по теме|Новости партнёров|Новости партнеров|Популярное|Көп оқылғандар|Related|Read more|Read also|More news|Latest news|More on this|More from|Share this|Tags|Topics|Trending|You may also like|Article ID|ID:)(?!\p{L})|^#\p{L}/iu;

/** A line that is furniture on its own: a date or time, a bare number (views), a credit, a byline. */
const FURNITURE_LINE = [
  // "31 марта 2021 г. 19:35", "8 августа 2025 в 21:53", "Дата: 21 июля 2022 в 12:06", "12.03.2024 10:15"
  /^(?:Дата:?\s*)?\d{1,2}\s+\p{L}+\s+\d{4}(?:\s*(?:г\.|ж\.))?(?:\s*(?:в|,)?\s*\d{1,2}:\d{2})?\s*$/iu,
  /^\d{1,2}[./]\d{1,2}[./]\d{2,4}(?:\s+\d{1,2}:\d{2})?\s*$/u,
  /^\d{1,2}:\d{2}\s*$/u,
  // a view counter or an article number alone on a line, or with its word ("1,057 views", "Қаралым саны: 2 046")
  /^[\d\s\u00A0]{1,9}$/u,
  /^[\d\s\u00A0.,]{1,11}(?:views|просмотр\p{L}*|қаралым\p{L}*)\s*$/iu,
  /^(?:Қаралым\s+саны|Просмотров|Просмотры|Views)\s*:?\s*[\d\s\u00A0.,]+$/iu,
  /^(?:Фото|Photo|Сурет|Автор|Author|Источник|Просмотров|Views|Қаралды)\s*[:—-]/iu,
  // an item of a list of other headlines: it ends with its own date ("– 21.10.2024", "(20 Nov 2025)")
  /(?:\(|[–—-]\s*)\d{1,2}(?:[./]\d{1,2}[./]\d{2,4}|\s+\p{L}+\.?\s+\d{4})(?:,?\s*\d{1,2}:\d{2})?\)?\s*$/u,
  // a contact line ("Редакцияның байланыс телефоны: +7 …", "Тел.: …")
  /^(?:Тел\.?|Телефон|Phone|Tel\.?|Редакция\p{L}*\s+байланыс\s+телефоны)(?!\p{L}).*\d/iu,
];

/** The parts of `text` that are the article, as spans (furniture lines and the tail left out). */
export function articleSpans(text: string): Span[] {
  const spans: Span[] = [];
  let offset = 0;
  // the body has begun once a line reads as a sentence: a full stop at its end and eight words or more
  let body = false;
  for (const line of text.split('\n')) {
    const start = offset;
    offset += line.length + 1;
    const trimmed = line.trim();
    if (!trimmed) continue;
    // "Tags", "Read more", "Article ID": the page's tail after the body; above it, a line of furniture
    if (FURNITURE_STARTS.test(trimmed)) {
      if (body) break;
      continue;
    }
    if (/[.!?…]["»”’)]*$/u.test(trimmed) && trimmed.split(/\s+/u).length >= 8) body = true;
    if (FURNITURE_LINE.some((re) => re.test(trimmed))) continue;
    spans.push({ start, end: start + line.length });
  }
  return spans;
}

/** Abbreviations a sentence does not end at: "млрд.", "г.", "т.е.", an initial "Е.". */
const NO_BREAK_BEFORE =
  /(?:(?<!\p{L})(?:млрд|млн|тыс|долл|руб|г|гг|ж|т\.е|т\.д|т\.п|др|см|им|ул|проф|акад|Mr|Mrs|Dr|St|no|vs|e\.g|i\.e)|(?<!\p{L})\p{Lu})\.$/u;

/**
 * The sentences of one span of text, as spans: a sentence ends at ".", "!" or "?" (or the closing
 * quote after one) followed by a space and an upper-case letter, a digit, a quote or a dash, unless
 * the dot ends an abbreviation; a line is never joined to the next.
 */
export function sentences(text: string, span: Span): Span[] {
  const out: Span[] = [];
  const body = text.slice(span.start, span.end);
  const re = /[.!?…]+["»”]*(?=\s+[«"“(—–-]?[\p{Lu}\d«"“—–-])/gu;
  let from = 0;
  for (let m = re.exec(body); m; m = re.exec(body)) {
    const end = m.index + m[0].length;
    const before = body.slice(Math.max(0, m.index - 6), m.index + 1);
    // "… до 5 млрд. Для этого": a scale word's dot before a capitalised word ends the sentence (not "тыс. TEU")
    const scaleEnd =
      /(?<!\p{L})(?:млрд|млн|тыс)\.$/u.test(before) && /^\s+[«"“(—–-]?\p{Lu}\p{Ll}/u.test(body.slice(end));
    if (NO_BREAK_BEFORE.test(before) && !scaleEnd) continue;
    push(from, end);
    from = end;
  }
  push(from, body.length);
  return out;

  function push(a: number, b: number) {
    const piece = body.slice(a, b);
    const lead = piece.length - piece.trimStart().length;
    const trail = piece.length - piece.trimEnd().length;
    if (piece.trim()) out.push({ start: span.start + a + lead, end: span.start + b - trail });
  }
}

/**
 * The quote a figure is read from: its sentence, less the report's own quotation marks and dashes
 * around it and a closing full stop, so it is the speaker's words as the dataset quotes them.
 */
export function quoteSpan(text: string, s: Span): Span {
  let { start, end } = s;
  const strip = /^[\s«"“„(—–-]+/u.exec(text.slice(start, end));
  if (strip) start += strip[0].length;
  const tail = /[\s»"”)\].,;:!—–-]+$/u.exec(text.slice(start, end));
  if (tail) end -= tail[0].length;
  // a quotation closed inside the sentence ends the speaker's words: "… 7,8 млрд долларов)", - отметил
  const close = /["»”]\s*[,–—-]\s*[-–—]?\s*(?:отметил|сказал|заявил|подчеркнул|деді|атап|said|noted)/iu.exec(
    text.slice(start, end),
  );
  if (close) end = start + close.index;
  return {
    start,
    end:
      start +
      text
        .slice(start, end)
        .trimEnd()
        .replace(/[.,;:]+$/u, '').length,
  };
}
