import {
  makeStyles,
  MessageBar,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '@/components/table-scroller';
import { api } from '@/lib/api-client';
import type { Agreement, AgreementContact } from '@/lib/api-types/agreements';
import type { PartnerUser } from '@/lib/api-types/users';
import { useFormatters } from '@/lib/locale';

const useStyles = makeStyles({
  mono: { fontFamily: tokens.fontFamilyMonospace, overflowWrap: 'anywhere' },
  // The table's columns share its width equally: an email longer than its column ran into the next.
  wrapAnywhere: { overflowWrap: 'anywhere' },
});

/** The contact as one line: name, email and phone when there is one. */
export function contactText(contact: AgreementContact): string {
  return [`${contact.firstName} ${contact.lastName}`, contact.email, contact.phoneNumber]
    .filter(Boolean)
    .join(', ');
}

/** The customer's attestations, newest first, or what stands in for them when there are none. */
export function AgreementTable({
  agreements,
  company,
  signedDirectly,
}: {
  agreements: Agreement[];
  company: string;
  signedDirectly: boolean;
}) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const format = useFormatters();
  const userIds = [...new Set(agreements.map((item) => item.userId))];
  const users = useQueries({
    queries: userIds.map((userId) => ({
      queryKey: ['users', 'detail', userId],
      queryFn: ({ signal }: { signal: AbortSignal }) =>
        api.get<PartnerUser>(`/v1/users/${encodeURIComponent(userId)}`, { signal }),
      staleTime: 5 * 60_000,
      retry: false,
    })),
  });
  const names = new Map(userIds.map((id, i) => [id, users[i]?.data?.displayName ?? id]));
  if (agreements.length === 0) {
    return (
      <MessageBar intent={signedDirectly ? 'success' : 'warning'}>
        <MessageBarBody>
          {t(signedDirectly ? 'agreements.signedDirectlyOnly' : 'agreements.none', { company })}
        </MessageBarBody>
      </MessageBar>
    );
  }
  const sorted = [...agreements].sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed));
  return (
    <>
      {signedDirectly ? <Text block>{t('agreements.signedDirectlyToo', { company })}</Text> : null}
      <TableScroller label={t('agreements.tableLabel')} minWidth="640px">
        <Table aria-label={t('agreements.tableLabel')}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('agreements.columns.type')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.template')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.contact')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.dateAgreed')}</TableHeaderCell>
              <TableHeaderCell>{t('agreements.columns.attestedBy')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {sorted.map((item, index) => {
              return (
                <TableRow key={`${item.dateAgreed}-${index}`}>
                  <TableCell>
                    {item.type === 'MicrosoftCustomerAgreement'
                      ? t('agreements.mca')
                      : t('agreements.mcloud')}
                  </TableCell>
                  <TableCell>
                    <span className={styles.mono}>{item.templateId}</span>
                  </TableCell>
                  <TableCell className={styles.wrapAnywhere}>{contactText(item.primaryContact)}</TableCell>
                  <TableCell>{format.date(item.dateAgreed)}</TableCell>
                  <TableCell>{names.get(item.userId)}</TableCell>
                </TableRow>
              );
            })}
          </TableBody>
        </Table>
      </TableScroller>
    </>
  );
}
