import { render } from '@testing-library/react';
import { App } from '../../src/app/app';
import { makeQueryClient, Providers } from '../../src/app/providers';

/** Renders the whole app with its real providers at a URL, as a visitor would open it. */
export function renderApp({ url = '/' }: { url?: string } = {}) {
  window.history.replaceState(null, '', url);
  const client = makeQueryClient();
  client.setDefaultOptions({ queries: { ...client.getDefaultOptions().queries, retryDelay: 1 } });
  return render(
    <Providers client={client}>
      <App />
    </Providers>,
  );
}
