import {
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
} from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScroller } from '@/components/table-scroller';
import type { CustomerQualification } from '@/lib/api-types/agreements';
import { useFormatters } from '@/lib/locale';

/** A qualification's state in words: in review, approved, denied with its reason, or recorded. */
function useStatusText() {
  const { t } = useTranslation('customers');
  const format = useFormatters();
  return (item: CustomerQualification) => {
    switch (item.vettingStatus) {
      case 'InReview':
        return t('qualifications.status.InReview');
      case 'Approved':
        return t('qualifications.status.Approved');
      case 'Denied':
        return item.vettingReason
          ? t('qualifications.deniedReason', { reason: item.vettingReason })
          : t('qualifications.status.Denied');
      case 'None':
        return t('qualifications.status.None');
      default:
        return item.vettingCreateDate
          ? format.date(item.vettingCreateDate)
          : t('qualifications.status.recorded');
    }
  };
}

/** The customer's qualifications with their vetting state, or a line saying there are none. */
export function QualificationTable({ items, company }: { items: CustomerQualification[]; company: string }) {
  const { t } = useTranslation('customers');
  const format = useFormatters();
  const statusText = useStatusText();
  const [announcement, setAnnouncement] = useState('');
  const previous = useRef(items);

  // A vetting decided while the page is open is announced, not only redrawn.
  useEffect(() => {
    const decided = items.find((item) =>
      previous.current.some(
        (before) =>
          before.qualification === item.qualification &&
          before.vettingStatus === 'InReview' &&
          item.vettingStatus !== 'InReview',
      ),
    );
    previous.current = items;
    if (decided) {
      setAnnouncement(
        t('qualifications.changed', {
          qualification: t(`qualifications.names.${decided.qualification}`),
          status: statusText(decided),
        }),
      );
    }
  }, [items, t, statusText]);

  return (
    <>
      {items.length === 0 ? (
        <Text block>{t('qualifications.none', { company })}</Text>
      ) : (
        <TableScroller label={t('qualifications.tableLabel')} minWidth="560px">
          <Table aria-label={t('qualifications.tableLabel')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell>{t('qualifications.columns.qualification')}</TableHeaderCell>
                <TableHeaderCell>{t('qualifications.columns.status')}</TableHeaderCell>
                <TableHeaderCell>{t('qualifications.columns.requested')}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {items.map((item) => (
                <TableRow key={item.qualification}>
                  <TableCell>{t(`qualifications.names.${item.qualification}`)}</TableCell>
                  <TableCell>
                    {item.vettingStatus ? statusText(item) : t('qualifications.status.recorded')}
                  </TableCell>
                  <TableCell>{item.vettingCreateDate ? format.date(item.vettingCreateDate) : null}</TableCell>
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableScroller>
      )}
      <div role="status" aria-live="polite">
        {announcement}
      </div>
    </>
  );
}
