import { SearchBox as FluentSearchBox, type SearchBoxProps } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

/**
 * Fluent's search box with its clear button named in the page's language: Fluent names it "clear",
 * in English and in lower case, whatever the language.
 */
export function SearchBox(props: SearchBoxProps) {
  const { t } = useTranslation();
  return <FluentSearchBox {...props} dismiss={{ 'aria-label': t('actions.clearSearch') }} />;
}
