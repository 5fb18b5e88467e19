import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { EmbedApp } from './embed-app';
import { Providers } from './providers';

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <EmbedApp />
      </Providers>
    </StrictMode>,
  );
}
