import { useCallback, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AuditRecord } from '@/lib/api-types/audit';
import { isoDate, type CsvColumn } from '@/lib/csv';
import { activity } from './i18n';

type Operation = keyof typeof activity.en.operations;
type ResourceType = keyof typeof activity.en.resourceTypes;
type Outcome = keyof typeof activity.en.outcomes;
type FieldName = keyof typeof activity.en.fields;

const known = <K extends string>(table: Record<K, string>, key: string): key is K =>
  Object.hasOwn(table, key);

/**
 * The field a change's JSON path ends in, in the casing of the resource (a refused request written
 * in PascalCase names `BillingProfile.DefaultAddress.City`); `roles[0]` is the roles field.
 */
export function fieldOf(path: string): string {
  const last = path.slice(path.lastIndexOf('.') + 1).replace(/\[\d+\]$/, '');
  return last.charAt(0).toLowerCase() + last.slice(1);
}

/**
 * Names for the codes a record carries. A code the app has no name for (an endpoint added after
 * this list) is shown as Partner Center wrote it rather than hidden.
 */
export function useActivityLabels() {
  const { t } = useTranslation('activity');
  return useMemo(
    () => ({
      operation: (code: string) =>
        known<Operation>(activity.en.operations, code) ? t(`operations.${code}`) : code,
      resourceType: (code: string) =>
        known<ResourceType>(activity.en.resourceTypes, code) ? t(`resourceTypes.${code}`) : code,
      outcome: (code: string) => (known<Outcome>(activity.en.outcomes, code) ? t(`outcomes.${code}`) : code),
      /** The changed field's name, or undefined for one the app has no name for (ids, store keys). */
      field: (path: string) => {
        const field = fieldOf(path);
        return known<FieldName>(activity.en.fields, field) ? t(`fields.${field}`) : undefined;
      },
    }),
    [t],
  );
}

/**
 * One line per changed field, `Name (path): before → after`, as the table shows it: the name for
 * whoever reads the spreadsheet, the path for whoever filters it. A field without a name keeps
 * its path alone.
 */
function useChangeLines() {
  const { t } = useTranslation('activity');
  const labels = useActivityLabels();
  return useCallback(
    (record: AuditRecord) =>
      record.changes
        .map((change) => {
          const name = labels.field(change.field);
          return t('exportColumns.change', {
            field: name ? `${name} (${change.field})` : change.field,
            before: change.oldValue ?? '',
            after: change.newValue ?? '',
          });
        })
        .join('\n'),
    [t, labels],
  );
}

export function useActivityCsvColumns(): CsvColumn<AuditRecord>[] {
  const { t } = useTranslation('activity');
  const labels = useActivityLabels();
  const changeLines = useChangeLines();
  return useMemo(
    () => [
      { header: t('exportColumns.date'), value: (r) => isoDate(r.operationDate) },
      { header: t('exportColumns.userName'), value: (r) => r.userDisplayName },
      { header: t('exportColumns.userPrincipalName'), value: (r) => r.userPrincipalName },
      { header: t('exportColumns.operation'), value: (r) => labels.operation(r.operationType) },
      { header: t('exportColumns.operationType'), value: (r) => r.operationType },
      { header: t('exportColumns.resourceType'), value: (r) => labels.resourceType(r.resourceType) },
      { header: t('exportColumns.resourceId'), value: (r) => r.resourceId },
      { header: t('exportColumns.customer'), value: (r) => r.customerName },
      { header: t('exportColumns.customerId'), value: (r) => r.customerId },
      { header: t('exportColumns.outcome'), value: (r) => labels.outcome(r.operationStatus) },
      { header: t('exportColumns.changes'), value: changeLines },
      { header: t('exportColumns.recordId'), value: (r) => r.id },
    ],
    [t, labels, changeLines],
  );
}
