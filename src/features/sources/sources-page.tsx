import { CiteThis } from '../../components/cite-this';
import { DatasetDownloads } from '../../components/download-buttons';
import type { Dataset, Figure, Source } from '../../domain/dataset-schema';
import { datasetSource } from '../../lib/dataset-source';
import { useI18n, usePageWords } from '../../lib/i18n/i18n';
import { pagePath } from '../../lib/page-address';
import { publicUrl } from '../../lib/public-url';
import { useUrlState } from '../../lib/use-url-state';
import { SourceCard } from './source-card';

/** The catalogue of sources: the five primary articles first, then the context reports. */
export function SourcesPage({ dataset }: { dataset: Dataset }) {
  usePageWords(); // a release's citation words come with the page
  const { locale, t } = useI18n();
  const { state } = useUrlState();
  const indicators = new Map(dataset.indicators.map((i) => [i.id, i]));
  const figuresBySource = new Map<string, Figure[]>();
  for (const f of dataset.figures) {
    const list = figuresBySource.get(f.source);
    if (list) list.push(f);
    else figuresBySource.set(f.source, [f]);
  }
  const groups: { tier: Source['tier']; heading: string; sources: Source[] }[] = [
    { tier: 'primary', heading: t('sources.primaryHeading'), sources: [] },
    { tier: 'context', heading: t('sources.contextHeading'), sources: [] },
  ];
  for (const s of dataset.sources) groups.find((g) => g.tier === s.tier)?.sources.push(s);
  return (
    <section aria-labelledby="sources-title" className="sources-page">
      <h2 id="sources-title">{t('sources.title')}</h2>
      <p>{t('sources.intro')}</p>
      <DatasetDownloads dataset={dataset} datasetUrl={datasetSource(state.data).url} />
      <CiteThis
        citation={{
          title: dataset.title,
          version: dataset.updated,
          url: publicUrl(pagePath({ view: 'sources', indicator: null, lang: locale, embed: false })),
          key: 'dataset',
        }}
      />
      {groups.map(
        (g) =>
          g.sources.length > 0 && (
            <section key={g.tier} aria-labelledby={`sources-${g.tier}`}>
              <h3 id={`sources-${g.tier}`}>{g.heading}</h3>
              <div className="cards">
                {g.sources.map((s) => (
                  <SourceCard key={s.id} source={s} figures={figuresBySource.get(s.id) ?? []} indicators={indicators} />
                ))}
              </div>
            </section>
          ),
      )}
    </section>
  );
}
