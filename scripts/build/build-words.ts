/**
 * Words only the build writes (into pages and pictures), in the three languages: kept out of the
 * app's dictionaries, which every reader downloads.
 */
import type { Locale } from '../../src/lib/page-address';

export const BUILD_WORDS: Record<Locale, { noscript: string; more: (n: number) => string }> = {
  en: {
    noscript:
      'The charts on this page were drawn when the site was last updated. To choose a chart’s years, hide a series or explore scenarios, turn on JavaScript in your browser.',
    more: (n) => `+ ${n} more`,
  },
  ru: {
    noscript:
      'Графики на этой странице построены заранее, при последнем обновлении сайта. Чтобы выбирать годы на графике, скрывать отдельные ряды или строить сценарии, включите JavaScript в браузере.',
    more: (n) => `и ещё ${n}`,
  },
  kk: {
    noscript:
      'Бұл беттегі графиктер сайт соңғы рет жаңартылған кезде салынған. Графиктегі жылдарды өзгерту, жекелеген қатарларды жасыру немесе сценарийлер құру үшін браузерде JavaScript-ті қосыңыз.',
    more: (n) => `және тағы ${n}`,
  },
};
