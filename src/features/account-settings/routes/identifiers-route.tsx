import {
  Button,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Tooltip,
} from '@fluentui/react-components';
import { Copy20Regular } from '@fluentui/react-icons';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ErrorState } from '@/components/error-state';
import { useNotify } from '@/components/notify';
import { PageHeader } from '@/components/page-header';
import { identifiersQuery } from '../api/profile';
import { AccountBreadcrumb } from '../components/account-breadcrumb';
import { LoadingBlock } from '@/components/page-state';
import { TableScroller } from '@/components/table-scroller';

export function Component() {
  const { t } = useTranslation('accountSettings');
  const notify = useNotify();
  const { data, error, isPending, refetch } = useQuery(identifiersQuery());

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
    <>
      <AccountBreadcrumb
        items={[
          { label: t('nav.organizationProfile'), to: '/settings/account/legal' },
          { label: t('identifiers.title') },
        ]}
      />
      <PageHeader title={t('identifiers.title')} description={t('identifiers.description')} />
      {error ? <ErrorState error={error} onRetry={() => void refetch()} /> : null}
      {isPending ? <LoadingBlock /> : null}
      {data ? (
        <TableScroller label={t('identifiers.tableLabel')} minWidth="560px">
          <Table aria-label={t('identifiers.tableLabel')} size="small">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('identifiers.value')}</TableHeaderCell>
                <TableHeaderCell>{t('identifiers.type')}</TableHeaderCell>
                <TableHeaderCell>{t('identifiers.program')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {data.items.map((identifier) => (
                <TableRow key={`${identifier.type}:${identifier.value}`}>
                  <TableCell>
                    <code>{identifier.value}</code>{' '}
                    <Tooltip
                      content={t('identifiers.copy', { value: identifier.value })}
                      relationship="label"
                    >
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
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      ) : null}
    </>
  );
}
