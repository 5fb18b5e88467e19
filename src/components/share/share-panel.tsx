import { useState } from 'react';
import type { ChartModel } from '../../domain/chart-model';
import type { Dataset, Figure, Indicator, Source } from '../../domain/dataset-schema';
import { downloadBlob } from '../../lib/download';
import { embedSnippet, snapshotPath, type ExportSize } from '../../lib/embed-snippet';
import { useI18n } from '../../lib/i18n/i18n';
import { embedSearch, serializeUrlState, updateSearch, type UrlState } from '../../lib/url-state';
import type { MessageKey } from '../../lib/i18n/en';
import { chartPng, chartSvg, type PictureInput } from './chart-picture';
import { CopyField } from './copy-field';
import { publicUrl } from '../../lib/public-url';
import { datasetSource } from '../../lib/dataset-source';

interface Props {
  dataset: Dataset;
  indicator: Indicator;
  model: ChartModel;
  figures: Figure[];
  sources: Map<string, Source>;
  state: UrlState;
  altText: string;
  /** for a chart that is not the indicator's own (a scenario chart) */
  title?: string;
  legendLabels?: PictureInput['legendLabels'];
}

const SIZES: ExportSize[] = ['column', 'wide', 'social'];

function pictureTheme(state: UrlState): 'light' | 'dark' {
  if (state.theme !== 'system') return state.theme;
  if (typeof window === 'undefined') return 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

/** The permalink, pictures (PNG, SVG, copy) and the embed code for this chart. */
export function SharePanel({
  dataset,
  indicator,
  model,
  figures,
  sources,
  state,
  altText,
  title,
  legendLabels,
}: Props) {
  const { locale, t } = useI18n();
  const [size, setSize] = useState<ExportSize>('column');
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });
  // An indicator's permalink opens the page prerendered for it and this language (its chart paints
  // before any script runs); the query still says everything.
  const search = updateSearch(typeof window === 'undefined' ? serializeUrlState(state) : window.location.search, {
    lang: locale,
  });
  const permalink = publicUrl(state.view === 'indicator' ? `view/${indicator.id}.${locale}.html${search}` : search);
  // Indicator embeds open a page prerendered for that indicator and language (its chart paints with no
  // script); scenario embeds use the embed entry itself.
  const embedPage = state.view === 'scenario' ? 'embed.html' : `embed/${indicator.id}.${locale}.html`;
  const embedUrl = publicUrl(`${embedPage}${embedSearch(state, locale)}`);
  const input: PictureInput = {
    dataset,
    indicator,
    model,
    figures,
    sources,
    locale,
    t,
    permalink,
    theme: pictureTheme(state),
    title,
    legendLabels,
    foreign: datasetSource(state.data).foreign,
  };
  const file = `goalpost-${indicator.id}-${locale}-${size}`;
  const run = async (job: () => Promise<void>, done: MessageKey | null = null) => {
    setStatus({ kind: 'working', text: t('share.working') });
    try {
      await job();
      setStatus(done ? { kind: 'done', text: t(done) } : { kind: 'idle', text: '' });
    } catch (e) {
      setStatus({ kind: 'error', text: t('share.failed', { reason: e instanceof Error ? e.message : String(e) }) });
    }
  };
  const canCopyImage = typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write;
  const snippet = embedSnippet({
    embedUrl,
    scriptUrl: publicUrl('embed.js'),
    imageUrl: publicUrl(snapshotPath(indicator.id, locale, 'column', 'png')),
    title: `${title ?? indicator.name[locale]} — Goalpost`,
    alt: altText,
  });
  return (
    <section className="share-panel" aria-labelledby="share-title">
      <h3 id="share-title">{t('share.title')}</h3>
      <CopyField label={t('share.link')} value={permalink} />
      <div className="picture-controls">
        <label>
          {t('share.size')}{' '}
          <select value={size} onChange={(e) => setSize(e.target.value as ExportSize)}>
            {SIZES.map((s) => (
              <option key={s} value={s}>
                {t(`share.size.${s}` as MessageKey)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => run(async () => downloadBlob(`${file}.png`, await chartPng(input, size)))}>
          {t('share.png')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () =>
              downloadBlob(
                `${file}.svg`,
                new Blob([await chartSvg(input, size)], { type: 'image/svg+xml;charset=utf-8' }),
              ),
            )
          }
        >
          {t('share.svg')}
        </button>
        {canCopyImage && (
          <button
            type="button"
            onClick={() =>
              run(
                async () => navigator.clipboard.write([new ClipboardItem({ 'image/png': chartPng(input, size) })]),
                'share.imageCopied',
              )
            }
          >
            {t('share.copyImage')}
          </button>
        )}
      </div>
      {status.kind !== 'idle' && (
        <p className={`share-status share-${status.kind}`} role={status.kind === 'error' ? 'alert' : 'status'}>
          {status.text}
        </p>
      )}
      <details className="embed-code">
        <summary>{t('share.embed')}</summary>
        <p className="muted">{t('share.embedHelp')}</p>
        <CopyField label={t('share.snippet')} value={snippet} multiline />
      </details>
    </section>
  );
}
