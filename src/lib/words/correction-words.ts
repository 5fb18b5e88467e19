import type { Figure } from '../../domain/dataset-schema';
import type { Translate } from '../i18n/i18n';
import type { Locale } from '../url-state';
import { figureWhen, formatFigure } from './figure-words';

/** The figure as it stood before its correction: the corrected facts' earlier values put back. */
export function figureBefore(f: Figure): Figure {
  const was = (f.correction?.was ?? {}) as Record<string, unknown>;
  const out = { ...f, ...was } as Figure & { scope?: unknown };
  if ('scope' in was) {
    if (was.scope === null) delete out.scope;
    else
      out.scope = {
        relation: was.scope as 'differs' | 'uncertain',
        reason: f.scope?.reason ?? { en: '', ru: '', kk: '' },
      };
  }
  return out as Figure;
}

/** "about 3 mn t (2023)", with its scope ("scope unclear") where the correction changed that. */
function stated(f: Figure, locale: Locale, t: Translate, scope: boolean): string {
  const text = `${formatFigure(f, f.unit, locale, t)} (${figureWhen(f, locale, t)})`;
  if (!scope) return text;
  const words = f.scope ? t(`scope.${f.scope.relation}`) : t('correction.inSeries');
  return `${text}, ${words.replace(/:\s*$/, '').toLocaleLowerCase(locale)}`;
}

/** "was about 3 mn t (2023), now almost 3 mn t (2023)", or null when the words would be the same. */
export function correctionWords(f: Figure, locale: Locale, t: Translate, w: Translate): string | null {
  if (!f.correction?.was) return null;
  const before = figureBefore(f);
  const scope = (before.scope?.relation ?? null) !== (f.scope?.relation ?? null);
  const was = stated(before, locale, t, scope);
  const now = stated(f, locale, t, scope);
  return was === now ? null : w('correction.was', { was, now });
}
