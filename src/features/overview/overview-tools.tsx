import { useMemo } from 'react';
import type { ReactNode } from 'react';
import type { Dataset, Localized } from '../../domain/dataset-schema';
import {
  GROUPINGS,
  isFiltered,
  NO_FILTER,
  speakerId,
  type Grouping,
  type OverviewFilter,
  type OverviewRow,
} from '../../domain/overview';
import { filterChoices, groupRows } from '../../domain/overview-groups';
import { TOPICS } from '../../domain/topics';
import type { MessageKey } from '../../lib/i18n/en';
import { enOverview } from '../../lib/i18n/en-overview';
import { usePageWords, useI18n } from '../../lib/i18n/i18n';
import { setOverview } from '../../lib/url-moves';
import type { Locale } from '../../lib/url-state';
import { changeUrl } from '../../lib/use-url-state';

/** A country's, bloc's or route's name: as the region's press writes it, else the platform's, else its code. */
export function areaName(code: string, locale: Locale, t: (key: MessageKey) => string): string {
  if (code === '') return t('group.unplaced' as MessageKey);
  if (`area.${code}` in enOverview) return t(`area.${code}` as MessageKey);
  if (/^[A-Z]{2}$/.test(code)) {
    try {
      return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
    } catch {
      return code;
    }
  }
  return code;
}

/** The filters beside the search: country, bloc or route; topic; speaker; the grouping; "clear". */
export function OverviewFilters({
  rows,
  filter,
  dataset,
}: {
  rows: readonly OverviewRow[];
  filter: OverviewFilter;
  dataset: Dataset;
}) {
  const t = usePageWords();
  const { locale } = useI18n();
  const choices = useMemo(() => filterChoices(rows), [rows]);
  const speakers = useMemo(() => {
    const names = new Map<string, Localized>();
    for (const s of dataset.sources) if (s.speaker) names.set(speakerId(s.speaker), s.speaker);
    return names;
  }, [dataset]);
  const set = (patch: Partial<OverviewFilter>) => changeUrl((a) => setOverview(a, patch));
  const select = (
    id: string,
    label: MessageKey,
    value: string,
    options: { value: string; label: string }[],
    onChange: (v: string) => void,
    any = true,
  ) => (
    <div className="overview-filter">
      <label htmlFor={id}>{t(label)}</label>
      <select id={id} value={value} onChange={(e) => onChange(e.target.value)}>
        {any && <option value="">{t('filters.any' as MessageKey)}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
  // a value from the address that the dataset does not have is still shown, so the reader sees why
  // nothing matches, and can change it
  const withValue = (values: string[], value: string | null) =>
    value !== null && !values.includes(value) ? [...values, value] : values;
  return (
    <fieldset className="overview-filters">
      <legend>{t('filters.label' as MessageKey)}</legend>
      {select(
        'overview-area',
        'filters.area' as MessageKey,
        filter.area ?? '',
        withValue(choices.areas, filter.area).map((c) => ({ value: c, label: areaName(c, locale, t) })),
        (v) => set({ area: v || null }),
      )}
      {select(
        'overview-topic',
        'filters.topic' as MessageKey,
        filter.topic ?? '',
        TOPICS.filter((x) => rows.some((r) => r.indicator.topic === x) || x === filter.topic).map((x) => ({
          value: x,
          label: t(`topic.${x}` as MessageKey),
        })),
        (v) => set({ topic: (v || null) as OverviewFilter['topic'] }),
      )}
      {select(
        'overview-speaker',
        'filters.speaker' as MessageKey,
        filter.speaker ?? '',
        withValue(choices.speakers, filter.speaker).map((id) => ({
          value: id,
          label: speakers.get(id)?.[locale] ?? id,
        })),
        (v) => set({ speaker: v || null }),
      )}
      {select(
        'overview-group',
        'filters.group' as MessageKey,
        filter.group,
        GROUPINGS.map((g) => ({ value: g, label: t(`group.${g}` as MessageKey) })),
        (v) => set({ group: v as Grouping }),
        false,
      )}
      {isFiltered(filter) && (
        <button type="button" onClick={() => set({ ...NO_FILTER, group: filter.group })}>
          {t('filters.clear' as MessageKey)}
        </button>
      )}
    </fieldset>
  );
}

/** The list in groups, each under its heading with its count. */
export function OverviewGroups({
  rows,
  group,
  list,
}: {
  rows: readonly OverviewRow[];
  group: Exclude<Grouping, 'none'>;
  /** the page's own list of a group's rows, its cards under headings of this level */
  list: (rows: OverviewRow[], headingLevel: 4) => ReactNode;
}) {
  const t = usePageWords();
  const { locale } = useI18n();
  return (
    <>
      {groupRows(rows, group, TOPICS).map((g) => {
        const name = group === 'area' ? areaName(g.key, locale, t) : t(`topic.${g.key}` as MessageKey);
        const id = `group-${group}-${g.key || 'none'}`;
        return (
          <section key={g.key} className="overview-group" aria-labelledby={id}>
            <h3 id={id}>
              {name} <span className="muted">· {t('group.count' as MessageKey, { count: g.rows.length })}</span>
            </h3>
            {list(g.rows, 4)}
          </section>
        );
      })}
    </>
  );
}
