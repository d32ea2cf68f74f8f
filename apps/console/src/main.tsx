import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { AntdProvider } from './antd-provider';
import { App } from './app';
import './i18n';
import './styles.css';

const client = new QueryClient({ defaultOptions: { queries: { staleTime: 2_000 } } });

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <QueryClientProvider client={client}>
      <AntdProvider>
        <App />
      </AntdProvider>
    </QueryClientProvider>
  </StrictMode>,
);
