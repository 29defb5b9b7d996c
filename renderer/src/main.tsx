import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createClient } from './api/client.js';
import { App } from './app.js';
import './styles/tokens.css';
import './styles/layout.css';
import './styles/components.css';
import './styles/desk.css';
import './styles/import-dialog.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App client={createClient()} />
  </StrictMode>,
);
