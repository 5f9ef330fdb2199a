import '@utrecht/component-library-css/dist/index.css';
import './styles/theme.css';
import './styles/app.css';
import './styles/monitoring.css';
import './styles/monitoring-beheer.css';
import './styles/politie.css';
import './styles/formulieren.css';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter } from 'react-router';
import { App } from './app.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('Element #root ontbreekt in index.html');
createRoot(root).render(
  <StrictMode>
    <BrowserRouter>
      <App />
    </BrowserRouter>
  </StrictMode>,
);
