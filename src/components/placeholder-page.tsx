import { MessageBar, MessageBarBody, MessageBarTitle } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';
import { PageHeader } from './page-header';

/** What a page shows before its feature is built: honest, not a blank screen. */
export function PlaceholderPage({ title }: { title: string }) {
  const { t } = useTranslation();
  return (
    <>
      <PageHeader title={title} />
      <MessageBar intent="info">
        <MessageBarBody>
          <MessageBarTitle>{t('placeholder.title')}</MessageBarTitle> {t('placeholder.body', { page: title })}
        </MessageBarBody>
      </MessageBar>
    </>
  );
}
