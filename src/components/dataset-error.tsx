import { formatProblem } from '../domain/dataset-problems';
import { DatasetError } from '../lib/dataset-query';
import { useI18n } from '../lib/i18n/i18n';

/** What went wrong with the dataset, naming the record and field, and a way to retry. */
export function DatasetErrorPanel({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const { t } = useI18n();
  const isDatasetError = error instanceof DatasetError;
  const problems = isDatasetError ? error.problems.slice(0, 10) : [];
  return (
    <section role="alert" className="panel panel-error" aria-labelledby="dataset-error-title">
      <h2 id="dataset-error-title">{t('error.dataset.title')}</h2>
      {isDatasetError && error.kind === 'invalid' ? (
        <>
          <p>{t('error.dataset.invalid')}</p>
          <ul className="problems">
            {problems.map((p, i) => (
              <li key={i}>
                <code>{formatProblem(p)}</code>
              </li>
            ))}
          </ul>
        </>
      ) : (
        <p>{t('error.dataset.fetch', { detail: isDatasetError ? error.detail : String(error) })}</p>
      )}
      <button type="button" onClick={onRetry}>
        {t('error.retry')}
      </button>
    </section>
  );
}
