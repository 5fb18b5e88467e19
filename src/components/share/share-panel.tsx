import { useState } from 'react';
import type { ChartModel } from '../../domain/chart-model';
import type { Dataset } from '../../domain/dataset-schema';
import type { IndicatorView } from '../../domain/indicator-view';
import { datasetSource } from '../../lib/dataset-source';
import { downloadBlob } from '../../lib/download';
import { embedAddress } from '../../lib/embed-address';
import { EXPORT_SIZES, embedAddresses, embedSnippet, type ExportSize } from '../../lib/embed-snippet';
import { chartSvg, type PictureInput } from '../../lib/export/chart-picture';
import { embeddedFontCss } from '../../lib/export/font-css';
import { svgToPng } from '../../lib/export/rasterize';
import { formatDate } from '../../lib/format';
import type { MessageKey } from '../../lib/i18n/en';
import { useI18n } from '../../lib/i18n/i18n';
import type { Translate } from '../../lib/i18n/i18n';
import { configuredPublicBase, publicUrl } from '../../lib/public-url';
import { serializeUrlState } from '../../lib/url-state';
import type { Locale, UrlState } from '../../lib/url-state';
import { viewWords, type WordsInput } from '../../lib/words/view-words';
import { useAsOf, useRelease, type ReleaseInfo } from '../release-context';
import { CopyField } from './copy-field';
import { EmbedCode } from './embed-code';
import { HeadlineField } from './headline-field';

interface Props {
  dataset: Dataset;
  view: IndicatorView;
  state: UrlState;
  /** for a chart that is not the indicator's own (a scenario chart): its model, title and legend */
  model?: ChartModel;
  title?: string;
  legendLabels?: WordsInput['legendLabels'];
}

const SIZES: ExportSize[] = ['column', 'wide', 'social'];

function pictureTheme(state: UrlState): 'light' | 'dark' {
  if (state.theme !== 'system') return state.theme;
  if (typeof window === 'undefined') return 'light';
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

const svgOf = async (input: PictureInput, size: ExportSize) => chartSvg(input, size, await embeddedFontCss());
const pngOf = async (input: PictureInput, size: ExportSize) => {
  const { width, height } = EXPORT_SIZES[size];
  return svgToPng(await svgOf(input, size), width, height, 2);
};

/** A picture of a past view or an archived release says so, in words, where its title is. */
function stampFor(asof: string | null, release: ReleaseInfo | null, locale: Locale, t: Translate): string | null {
  const parts: string[] = [];
  if (release?.pinned)
    parts.push(
      `${t('time.releaseLabel')}: ${t('footer.release', { id: release.shown.id, date: formatDate(locale, release.shown.date) })}`,
    );
  if (asof) parts.push(`${t('time.asofLabel')}: ${formatDate(locale, asof)}`);
  return parts.length ? parts.join(' · ') : null;
}

/** The permalink, pictures (PNG, SVG, copy) with an optional headline, and the embed code for this chart. */
export function SharePanel({ dataset, view, state, model, title, legendLabels }: Props) {
  const { locale, t } = useI18n();
  const release = useRelease();
  const asof = useAsOf();
  const [size, setSize] = useState<ExportSize>('column');
  const [status, setStatus] = useState<{ kind: 'idle' | 'working' | 'done' | 'error'; text: string }>({
    kind: 'idle',
    text: '',
  });
  // the address bar's own address: the page's file, prerendered for it and this language (its chart
  // paints before any script runs), with the view's options in the query
  const permalink = publicUrl(serializeUrlState({ ...state, lang: locale }));
  const { indicator } = view.figs;
  const words = viewWords({
    view,
    model,
    locale,
    t,
    title,
    headline: state.headline,
    legendLabels,
    foreign: datasetSource(state.data).foreign,
    stamp: stampFor(asof, release, locale, t),
  });
  const input: PictureInput = {
    words,
    dataset,
    // printed in the picture only when the public address is known: a local address helps no reader
    permalink: configuredPublicBase() ? permalink : '',
    theme: pictureTheme(state),
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
  const snippet = (theme: Parameters<typeof embedAddress>[2], release: number | null) => {
    const at = embedAddresses(indicator.id, locale, embedAddress({ ...state, release }, locale, theme));
    return embedSnippet({
      embedUrl: publicUrl(at.embed),
      scriptUrl: publicUrl(at.script),
      imageUrl: publicUrl(at.image),
      title: `${words.title} — Goalpost`,
      alt: words.alt,
    });
  };
  return (
    <section className="share-panel" aria-labelledby="share-title">
      <h3 id="share-title">{t('share.title')}</h3>
      <CopyField label={t('share.link')} value={permalink} />
      <HeadlineField headline={state.headline} placeholder={title ?? indicator.name[locale]} />
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
        <button type="button" onClick={() => run(async () => downloadBlob(`${file}.png`, await pngOf(input, size)))}>
          {t('share.png')}
        </button>
        <button
          type="button"
          onClick={() =>
            run(async () =>
              downloadBlob(
                `${file}.svg`,
                new Blob([await svgOf(input, size)], { type: 'image/svg+xml;charset=utf-8' }),
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
                async () => navigator.clipboard.write([new ClipboardItem({ 'image/png': pngOf(input, size) })]),
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
      <EmbedCode snippet={snippet} />
    </section>
  );
}
