import type { Dataset } from '../../domain/dataset-schema';
import { renderExportSvg } from '../chart-svg/export-svg';
import { EXPORT_SIZES, type ExportSize } from '../embed-snippet';
import type { ViewWords } from '../words/view-words';

export interface PictureInput {
  /** the view's words (viewWords): the title, labels, source line and texts of the picture */
  words: ViewWords;
  /** the dataset the figures come from: its date is printed */
  dataset: Pick<Dataset, 'updated'>;
  /** the public address of this exact view, printed as plain text; empty when none is configured */
  permalink: string;
  theme: 'light' | 'dark';
}

/**
 * The chart as a standalone SVG: title, subtitle, a one-row legend in plain words, the chart with
 * its direct labels, "Sources: … · Chart: Goalpost", the dataset date, and the public address when
 * there is one. `fontCss` embeds Noto Sans (the browser and the build each supply it). The same
 * function makes the reader's downloads and the build's pictures.
 */
export function chartSvg(input: PictureInput, size: ExportSize, fontCss: string): string {
  const { words } = input;
  const { width, height } = EXPORT_SIZES[size];
  return renderExportSvg(
    words.model,
    { ...words.picture(input.dataset), link: input.permalink, lang: words.lang },
    { width, height, theme: input.theme, formatY: words.formatY, ...words.labels, fontCss },
  );
}
