import { StrictMode, startTransition } from 'react';
import type { createRoot as CreateRoot } from 'react-dom/client';
import { App } from './app';
import { Providers } from './providers';

/**
 * Renders the app into #root with React DOM's `createRoot`, which main.tsx imports in a task after
 * this chunk's modules have run.
 */
export function mountApp(createRoot: typeof CreateRoot) {
  const root = document.getElementById('root');
  if (!root) return;
  // in a transition: React renders the app in slices that leave the main thread free (the prerendered
  // view is on screen meanwhile), instead of one task
  const app = createRoot(root);
  startTransition(() =>
    app.render(
      <StrictMode>
        <Providers>
          <App />
        </Providers>
      </StrictMode>,
    ),
  );
}
