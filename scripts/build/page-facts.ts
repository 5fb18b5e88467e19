/**
 * What each page of the build says of itself in its head (title, description, its picture's alt
 * text), and the words of the social cards of the pages that have no chart of their own (the
 * overview, the sources), all computed from the dataset by the domain code the pages use.
 */
import type { Dataset } from '../../src/domain/dataset-schema';
import type { GoalStatus } from '../../src/domain/goal-status';
import { DEFAULT_VIEW_OPTIONS, indicatorView, type IndicatorView } from '../../src/domain/indicator-view';
import { eventShort, speakerOrOutlet } from '../../src/domain/localized';
import type { ReleaseLogEntry } from '../../src/domain/release-log';
import { withScenarios } from '../../src/domain/scenario-chart';
import { scenarioSetup } from '../../src/domain/scenario-setup';
import { sourceMap } from '../../src/domain/series';
import type { SummaryCardTexts } from '../../src/lib/chart-svg/summary-card';
import { formatDate, formatQuantity } from '../../src/lib/format';
import type { MessageKey } from '../../src/lib/i18n/en';
import { translator, type Translate } from '../../src/lib/i18n/i18n';
import type { Locale } from '../../src/lib/page-address';
import { DEFAULT_SCENARIO_URL } from '../../src/lib/url-scenario';
import { figureWhen, formatFigure } from '../../src/lib/words/figure-words';
import { VERDICT_ORDER, VERDICT_SYMBOL, progressWords } from '../../src/lib/words/goal-words';
import { viewWords } from '../../src/lib/words/view-words';
import { BUILD_WORDS } from './build-words';
import { DICTS } from './langs';
import type { BuiltPage } from './pages';
import type { PageFacts } from './publish-files';

const tr = (lang: Locale) => translator(DICTS[lang], lang);

/** The scenario explorer's chart as its page first shows it: the goal, the pace it needs, no scenario typed yet. */
export function scenarioChart(dataset: Dataset, id: string, lang: Locale) {
  const t = tr(lang);
  const sources = sourceMap(dataset);
  const view = indicatorView(dataset, id, { ...DEFAULT_VIEW_OPTIONS, hide: ['projection'] }, sources);
  const setup = view && scenarioSetup(view.figs, sources, DEFAULT_SCENARIO_URL);
  if (!view || !setup) return null;
  const name = view.figs.indicator.name[lang];
  const title = t('scenario.chartTitle', { name });
  const model = withScenarios(view.model, setup, (i) => t('scenario.defaultName', { n: i + 1 }));
  return { view, setup, model, title, alt: viewWords({ view, model, locale: lang, t, title }).alt };
}

/** The overview's indicators with a goal, in the overview's order (the worst verdict first). */
function judged(dataset: Dataset): IndicatorView[] {
  const sources = sourceMap(dataset);
  return dataset.indicators
    .flatMap((i) => indicatorView(dataset, i.id, DEFAULT_VIEW_OPTIONS, sources) ?? [])
    .filter((v) => v.assessment.status !== 'no-goal')
    .sort((a, b) => VERDICT_ORDER.indexOf(a.assessment.status) - VERDICT_ORDER.indexOf(b.assessment.status));
}

const statusWord = (t: Translate, s: GoalStatus) => t(`status.${s}` as MessageKey);

/** "Met: 2 · On track: 1 · No date given: 5": the verdicts at a glance, in the overview's order. */
export function verdictTally(dataset: Dataset, t: Translate): string {
  const counts = new Map<GoalStatus, number>();
  for (const v of judged(dataset)) counts.set(v.assessment.status, (counts.get(v.assessment.status) ?? 0) + 1);
  return [...counts].map(([s, n]) => `${statusWord(t, s)}: ${n}`).join(' · ');
}

const footer = (dataset: Dataset, lang: Locale, t: Translate, base: URL | null) =>
  ['Goalpost', t('footer.data', { date: formatDate(lang, dataset.updated) }), base?.href].filter(Boolean).join(' · ');

/** How far along, in a few characters for a card's row: "56 %", "6 → 5 days", or the figure that met the goal. */
function compactProgress(v: IndicatorView, lang: Locale, t: Translate): string {
  const a = v.assessment;
  const unit = v.figs.indicator.unit;
  if (!a.goal || !a.latest) return '';
  if (a.status === 'met') return formatFigure(a.latest, unit, lang, t);
  if (a.progress !== null) return formatQuantity(lang, '%', Math.round(Math.min(a.progress, 1) * 100 + 1e-9));
  return `${formatFigure(a.latest, unit, lang, t)} → ${formatFigure(a.goal, unit, lang, t)}`;
}

export function overviewCard(dataset: Dataset, lang: Locale, base: URL | null): SummaryCardTexts {
  const t = tr(lang);
  const tally = verdictTally(dataset, t);
  const rows = judged(dataset).map((v) => ({
    status: v.assessment.status,
    symbol: VERDICT_SYMBOL[v.assessment.status],
    statusLabel: statusWord(t, v.assessment.status),
    name: v.figs.indicator.name[lang],
    detail: compactProgress(v, lang, t),
  }));
  const title = t('overview.title');
  return {
    lang,
    title,
    subtitle: t('app.tagline'),
    tally,
    rows,
    more: BUILD_WORDS[lang].more,
    footer: footer(dataset, lang, t, base),
    alt: `${title}. ${tally}. ${judged(dataset)
      .map((v) => {
        const words = progressWords(v.assessment, v.figs.indicator.unit, lang, t);
        return `${v.figs.indicator.name[lang]}: ${statusWord(t, v.assessment.status)}${words ? ` (${words})` : ''}`;
      })
      .join('; ')}.`,
  };
}

export function sourcesCard(dataset: Dataset, lang: Locale, base: URL | null): SummaryCardTexts {
  const t = tr(lang);
  const title = t('sources.title');
  const count = t('overview.count', {
    indicators: dataset.indicators.length,
    figures: dataset.figures.length,
    sources: dataset.sources.length,
  });
  const rows = [...dataset.sources]
    .sort((a, b) => Number(b.tier === 'primary') - Number(a.tier === 'primary'))
    .map((s) => ({
      status: null,
      symbol: '',
      statusLabel: '',
      name: `${speakerOrOutlet(s, lang)} · ${eventShort(s, lang)}`,
      detail: (s.eventDate ?? s.published ?? '').slice(0, 4),
    }));
  return {
    lang,
    title,
    subtitle: t('sources.intro'),
    tally: count,
    rows,
    more: BUILD_WORDS[lang].more,
    footer: footer(dataset, lang, t, base),
    alt: `${title}: ${count}. ${t('sources.intro')}`,
  };
}

/** The "what changed" page's card: the releases, newest first, each with its note. */
export function changesCard(
  log: ReleaseLogEntry[],
  dataset: Dataset,
  lang: Locale,
  base: URL | null,
): SummaryCardTexts {
  const t = tr(lang);
  const w = t;
  const title = w('changes.title');
  const label = (r: ReleaseLogEntry) => w('changes.release', { id: r.id, date: formatDate(lang, r.date) });
  const latest = log[0];
  return {
    lang,
    title,
    subtitle: latest ? `${label(latest)}: ${latest.note[lang]}` : w('changes.intro'),
    tally: '',
    rows: log
      .slice(1)
      .map((r) => ({ status: null, symbol: '', statusLabel: '', name: `${label(r)}: ${r.note[lang]}`, detail: '' })),
    more: BUILD_WORDS[lang].more,
    footer: footer(dataset, lang, t, base),
    alt: `${title}. ${log.map((r) => `${label(r)}: ${r.note[lang]}`).join(' ')}`,
  };
}

/** A page's title (as the live page sets it), description and its picture's alt text. */
export function pageFacts(dataset: Dataset, page: BuiltPage, log: ReleaseLogEntry[]): PageFacts {
  const { lang } = page;
  const t = tr(lang);
  const sources = sourceMap(dataset);
  if (page.kind === 'front' || page.kind === 'overview') {
    const card = overviewCard(dataset, lang, null);
    return { title: t('overview.title'), description: `${t('app.tagline')} ${card.tally}.`, alt: card.alt };
  }
  const w = t;
  if (page.kind === 'changes') {
    return {
      title: w('changes.title'),
      description: w('changes.intro'),
      alt: changesCard(log, dataset, lang, null).alt,
    };
  }
  if (page.kind === 'sources') {
    const card = sourcesCard(dataset, lang, null);
    return { title: t('nav.sources'), description: t('sources.intro'), alt: card.alt };
  }
  const view = indicatorView(dataset, page.indicator!, DEFAULT_VIEW_OPTIONS, sources)!;
  const ind = view.figs.indicator;
  if (page.kind === 'scenario') {
    const s = scenarioChart(dataset, ind.id, lang)!;
    const goal = s.setup.goal;
    const latest = s.setup.latest;
    return {
      title: t('scenario.title', { name: ind.name[lang] }),
      description: t('scenario.goalLine', {
        goal: formatFigure(goal, goal.unit, lang, t),
        when: figureWhen(goal, lang, t),
        latest: `${formatFigure(latest, latest.unit, lang, t)} (${figureWhen(latest, lang, t)})`,
      }),
      alt: s.alt,
    };
  }
  return { title: ind.name[lang], description: ind.description[lang], alt: viewWords({ view, locale: lang, t }).alt };
}
