import { Component, type ReactNode } from 'react';
import { useI18n } from '../lib/i18n/i18n';

interface State {
  error: Error | null;
}

class Boundary extends Component<
  { children: ReactNode; fallback: (error: Error, retry: () => void) => ReactNode },
  State
> {
  state: State = { error: null };
  static getDerivedStateFromError(error: Error): State {
    return { error };
  }
  render() {
    return this.state.error
      ? this.props.fallback(this.state.error, () => this.setState({ error: null }))
      : this.props.children;
  }
}

/** One panel failing (a chart that cannot draw, a table) says so in place; the rest of the page stays. */
export function PanelBoundary({ name, children }: { name: string; children: ReactNode }) {
  const { t } = useI18n();
  return (
    <Boundary
      fallback={(error, retry) => (
        <div role="alert" className="panel panel-error">
          <p>{t('error.panel', { name, detail: error.message })}</p>
          <button type="button" onClick={retry}>
            {t('error.retry')}
          </button>
        </div>
      )}
    >
      {children}
    </Boundary>
  );
}
