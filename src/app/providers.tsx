import { QueryClientProvider, type QueryClient } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import type { ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import { usePageEdgeFocusFix } from '@/components/page-edge-focus';
import { useFocusReturn } from '@/components/return-focus';
import { ThemedFluentProvider } from './theme/theme';

export function AppProviders({
  queryClient,
  i18n,
  children,
}: {
  queryClient: QueryClient;
  i18n: I18n;
  children: ReactNode;
}) {
  useFocusReturn();
  usePageEdgeFocusFix();
  return (
    <I18nextProvider i18n={i18n}>
      <QueryClientProvider client={queryClient}>
        <ThemedFluentProvider>{children}</ThemedFluentProvider>
      </QueryClientProvider>
    </I18nextProvider>
  );
}
