import { StrictMode, startTransition } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app';
import { Providers } from './providers';

/** Renders the app into #root (loaded by main.tsx after the first paint). */
const root = document.getElementById('root');
if (root) {
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
