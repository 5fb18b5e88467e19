// The curator's desk (desk.html): served by `npm start` only, never part of the published build
// (vite.config.ts builds index.html alone). English only: it is a tool for the team, not a page for
// readers; the texts it writes are the dataset's, in three languages.
import './styles.css';
import './components.css';
import '../features/desk/desk.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { DeskApp } from '../features/desk/desk-app';
import { Providers } from './providers';

const root = document.getElementById('desk');
if (root)
  createRoot(root).render(
    <StrictMode>
      <Providers>
        <DeskApp />
      </Providers>
    </StrictMode>,
  );
