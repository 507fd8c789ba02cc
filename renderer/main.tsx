import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import { DatabaseContext } from './app/database-context.ts';
import { openDatabase } from './db/database.ts';
import { AppClientContext, createAppClient, defaultBridge } from './platform/app-client.ts';
import './app/app.css';

const db = openDatabase();
const client = createAppClient(defaultBridge());

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppClientContext.Provider value={client}>
      <DatabaseContext.Provider value={db}>
        <App />
      </DatabaseContext.Provider>
    </AppClientContext.Provider>
  </StrictMode>,
);
