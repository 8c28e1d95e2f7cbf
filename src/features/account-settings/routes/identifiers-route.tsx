import { useTranslation } from 'react-i18next';
import { PlaceholderPage } from '@/components/placeholder-page';

export function Component() {
  const { t } = useTranslation('accountSettings');
  return <PlaceholderPage title={t('title')} />;
}
