import {
  Button,
  Checkbox,
  Field,
  Select,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { TableScroller } from '@/components/table-scroller';
import { now } from '@/lib/clock';
import { renewalAt } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import type { MisalignmentReason } from '../alignment';
import { RenewalsNav } from '../components/renewals-nav';
import { ScanStatus } from '../components/scan-status';
import type { BulkFix } from '../fixes';
import { alignmentRows, rowKey, type AlignmentRow } from '../model';
import { useScan } from '../scan-store';
import { alignmentHeading } from '../page-headings';
import { FixDialog } from '../components/fix-dialog';

const useStyles = makeStyles({
  bulk: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalM,
    alignItems: 'flex-end',
    marginBottom: tokens.spacingVerticalM,
  },
  fixes: { margin: 0, paddingInlineStart: tokens.spacingHorizontalL },
  // Fluent's table lays columns out at equal widths; the fixes are sentences, so their column gets
  // more than a quarter of the width, and an amount such as "JPY 270,061.60" (which does not wrap)
  // a fixed 120 px. Below 960 px, which still fits a 1280 px screen beside the navigation, the table
  // scrolls sideways rather than squeezing them.
  selectColumn: { width: '44px' },
  riskColumn: { width: '120px' },
  // Its dates do not wrap: at an equal share (96-100 px) a French date such as 24/01/2027 stuck
  // 3-8 px out of its cell.
  endsColumn: { width: '90px' },
  fixesColumn: { width: '26%' },
  actions: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    flexWrap: 'wrap',
    marginTop: tokens.spacingVerticalXS,
  },
  link: { color: tokens.colorBrandForegroundLink },
});

const reasons: MisalignmentReason[] = [
  'endsAfterBase',
  'baseWillNotRenew',
  'baseInactive',
  'includedInUpgrade',
];

export function Component() {
  const { t } = useTranslation('renewals');
  const styles = useStyles();
  const format = useFormatters();
  const { snapshot, store } = useScan();
  const [params, setParams] = useSearchParams();
  const reason = reasons.find((value) => value === params.get('reason'));
  const rows = useMemo(
    () => alignmentRows(snapshot, now()).filter((row) => !reason || row.issue.reason === reason),
    [snapshot, reason],
  );
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [fix, setFix] = useState<BulkFix>('coterm');
  const [preview, setPreview] = useState<{ fix: BulkFix; rows: AlignmentRow[] } | null>(null);
  const chosen = rows.filter((row) => selected.has(rowKey(row)));

  const toggle = (key: string, on: boolean) =>
    setSelected((previous) => {
      const next = new Set(previous);
      if (on) next.add(key);
      else next.delete(key);
      return next;
    });
  const allSelected = rows.length > 0 && chosen.length === rows.length;

  return (
    <>
      <PageHeader title={t(alignmentHeading.title)} description={t(alignmentHeading.description)} />
      <RenewalsNav />
      <ScanStatus snapshot={snapshot} store={store} />
      <div className={styles.bulk}>
        <Field label={t('alignment.columns.reason')}>
          <Select
            value={reason ?? ''}
            onChange={(_event, data) =>
              setParams(data.value ? { reason: data.value } : {}, { replace: true })
            }
          >
            <option value="">{t('alignment.allReasons')}</option>
            {reasons.map((value) => (
              <option key={value} value={value}>
                {t(`alignment.reasons.${value}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('alignment.bulk.choose')}>
          <Select value={fix} onChange={(_event, data) => setFix(data.value as BulkFix)}>
            <option value="coterm">{t('alignment.bulk.coterm')}</option>
            <option value="autoRenewOff">{t('alignment.bulk.autoRenewOff')}</option>
          </Select>
        </Field>
        <Button
          appearance="primary"
          disabled={chosen.length === 0}
          onClick={() => setPreview({ fix, rows: chosen })}
        >
          {t('alignment.bulk.preview')}
        </Button>
        <Text role="status">{t('alignment.bulk.selected', { count: chosen.length })}</Text>
      </div>
      {rows.length === 0 && snapshot.status === 'done' ? (
        <Text>{t('alignment.empty')}</Text>
      ) : (
        <TableScroller label={t('alignment.table')} minWidth="960px">
          <Table aria-label={t('alignment.table')}>
            <TableHeader>
              <TableRow>
                <TableHeaderCell className={styles.selectColumn}>
                  <Checkbox
                    aria-label={t('alignment.selectAll')}
                    checked={allSelected ? true : chosen.length > 0 ? 'mixed' : false}
                    onChange={(_event, data) =>
                      setSelected(data.checked === true ? new Set(rows.map(rowKey)) : new Set())
                    }
                  />
                </TableHeaderCell>
                <TableHeaderCell>{t('alignment.columns.customer')}</TableHeaderCell>
                <TableHeaderCell>{t('alignment.columns.addon')}</TableHeaderCell>
                <TableHeaderCell>{t('alignment.columns.base')}</TableHeaderCell>
                <TableHeaderCell>{t('alignment.columns.reason')}</TableHeaderCell>
                <TableHeaderCell className={styles.endsColumn}>{t('alignment.columns.ends')}</TableHeaderCell>
                <TableHeaderCell className={styles.riskColumn}>{t('alignment.columns.risk')}</TableHeaderCell>
                <TableHeaderCell className={styles.fixesColumn}>
                  {t('alignment.columns.fixes')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {rows.map((row) => {
                const { issue } = row;
                const days = t('alignment.days', { count: issue.daysAtRisk });
                return (
                  <TableRow key={rowKey(row)}>
                    <TableCell>
                      <Checkbox
                        aria-label={t('alignment.select', {
                          addon: row.addonName,
                          customer: row.customer.name,
                        })}
                        checked={selected.has(rowKey(row))}
                        onChange={(_event, data) => toggle(rowKey(row), data.checked === true)}
                      />
                    </TableCell>
                    <TableCell>
                      <Link className={styles.link} to={`/customers/${row.customer.id}/subscriptions`}>
                        {row.customer.name}
                      </Link>
                    </TableCell>
                    <TableCell>{row.addonName}</TableCell>
                    <TableCell>{row.baseName}</TableCell>
                    <TableCell>{t(`alignment.reasons.${issue.reason}`)}</TableCell>
                    <TableCell>
                      {/* An add-on that will renew past its base is at risk until its next term ends. */}
                      {issue.addonEnd.slice(0, 10) !== issue.addon.commitmentEndDate.slice(0, 10)
                        ? t('alignment.endsOnceRenewed', {
                            addonEnd: format.date(issue.addonEnd),
                            renewal: format.date(renewalAt(issue.addon.commitmentEndDate)),
                            baseEnd: format.date(issue.baseEnd),
                          })
                        : t('alignment.ends', {
                            addonEnd: format.date(issue.addonEnd),
                            baseEnd: format.date(issue.baseEnd),
                          })}
                    </TableCell>
                    <TableCell>
                      {issue.moneyAtRisk !== undefined && row.currency
                        ? t('alignment.money', {
                            amount: format.currency(issue.moneyAtRisk, row.currency),
                            days,
                          })
                        : days}
                    </TableCell>
                    <TableCell>
                      {issue.pendingCoterm ? (
                        <Text block>
                          {t('alignment.pending', { date: format.date(issue.pendingCoterm) })}
                        </Text>
                      ) : null}
                      <ul className={styles.fixes}>
                        {issue.fixes.map((item) => (
                          <li key={item}>
                            {t(`alignment.fixes.${item}`, {
                              date: format.date(
                                item === 'coterm'
                                  ? (issue.cotermDate ?? '')
                                  : item === 'supportRemoval'
                                    ? (issue.supportDeadline ?? '')
                                    : issue.addon.commitmentEndDate,
                              ),
                            })}
                            {item === 'cancel' || item === 'reduce' ? (
                              <>
                                {' '}
                                <Link className={styles.link} to="/renewals/cancellable">
                                  {t('nav.cancellable')}
                                </Link>
                              </>
                            ) : null}
                          </li>
                        ))}
                      </ul>
                      <div className={styles.actions}>
                        {issue.fixes.includes('coterm') ? (
                          <Button size="small" onClick={() => setPreview({ fix: 'coterm', rows: [row] })}>
                            {t('alignment.bulk.coterm')}
                          </Button>
                        ) : null}
                        {issue.fixes.includes('autoRenewOff') ? (
                          <Button
                            size="small"
                            onClick={() => setPreview({ fix: 'autoRenewOff', rows: [row] })}
                          >
                            {t('alignment.bulk.autoRenewOff')}
                          </Button>
                        ) : null}
                      </div>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        </TableScroller>
      )}
      {preview ? (
        <FixDialog
          fix={preview.fix}
          rows={preview.rows}
          onClose={() => {
            setPreview(null);
            setSelected(new Set());
          }}
        />
      ) : null}
    </>
  );
}
