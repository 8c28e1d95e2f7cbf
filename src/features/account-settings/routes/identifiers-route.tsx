import { Button, TableCell, TableRow, Tooltip } from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNotify } from '@/components/notify';
import { identifiersQuery } from '../api/profile';
import { SettingsTablePage } from '../components/settings-table-page';

export function Component() {
  const { t } = useTranslation('accountSettings');
  const notify = useNotify();
  const query = useQuery(identifiersQuery());

  // The toast is announced politely, so a screen-reader user hears that the copy worked.
  const copy = async (value: string) => {
    try {
      await navigator.clipboard.writeText(value);
      notify(t('identifiers.copied', { value }));
    } catch {
      notify(t('identifiers.copyFailed'), 'error');
    }
  };

  return (
    <SettingsTablePage
      section={{ label: t('nav.organizationProfile'), to: '/settings/account/legal' }}
      title={t('identifiers.title')}
      description={t('identifiers.description')}
      query={query}
      table={{
        label: t('identifiers.tableLabel'),
        minWidth: '560px',
        columns: [t('identifiers.value'), t('identifiers.type'), t('identifiers.program')],
      }}
      rows={(data) =>
        data.items.map((identifier) => (
          <TableRow key={`${identifier.type}:${identifier.value}`}>
            <TableCell>
              <code>{identifier.value}</code>{' '}
              <Tooltip content={t('identifiers.copy', { value: identifier.value })} relationship="label">
                <Button
                  size="small"
                  appearance="subtle"
                  icon={<Copy20Regular />}
                  onClick={() => void copy(identifier.value)}
                />
              </Tooltip>
            </TableCell>
            <TableCell>
              {identifier.scope
                ? t('identifiers.location', {
                    type: t(`identifiers.types.${identifier.type}`),
                    location: identifier.scope,
                  })
                : t(`identifiers.types.${identifier.type}`)}
            </TableCell>
            <TableCell>{t(`identifiers.programs.${identifier.program}`)}</TableCell>
          </TableRow>
        ))
      }
    />
  );
}
