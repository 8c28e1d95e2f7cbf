import { Button, Dropdown, Field, Input, makeStyles, Option, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useSpelledDate } from '@/components/spelled-date';
import { auditedResourceTypes } from '@/lib/api-types/audit';
import { now } from '@/lib/clock';
import { useFormatters } from '@/lib/locale';
import { useUrlSearchText } from '@/lib/use-commit-after-pause';
import type { ActivityFilters } from '../api';
import { dateRangeProblem } from '../date-range';
import type { useActivityFilters } from '../use-activity-filters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    // Labels on one line whether or not a field has a hint under it.
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  text: { minWidth: '200px' },
  // The retention hint is about both dates: it sits under the pair and wraps to their width instead
  // of stretching the first date field to its own length.
  dates: { display: 'inline-flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  datePair: { display: 'flex', gap: tokens.spacingHorizontalL },
  // A problem under a date wraps to the date's width instead of pushing the other filters away.
  dateField: { maxWidth: '11rem' },
  dateHint: { width: 0, minWidth: '100%', color: tokens.colorNeutralForeground3 },
  // The two choices wrap together: a row of their own beats one of them alone under the others.
  choices: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalL },
  clear: { alignSelf: 'flex-end' },
});

const outcomes = ['succeeded', 'failed'] as const;

export function ActivityFilterBar({
  filters,
  update,
  showCustomer,
}: {
  filters: ActivityFilters;
  update: ReturnType<typeof useActivityFilters>[1];
  showCustomer: boolean;
}) {
  const { t } = useTranslation('activity');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const format = useFormatters();
  const dateHintId = useId();
  const spelledFrom = useSpelledDate(filters.from);
  const spelledTo = useSpelledDate(filters.to);
  const problem = dateRangeProblem(filters, now());
  const problemText =
    problem?.code === 'beforeRetention'
      ? t('filters.problems.beforeRetention', { date: format.date(problem.earliest) })
      : problem
        ? t('filters.problems.toBeforeFrom')
        : undefined;
  const [user, setUser] = useUrlSearchText(filters.user, (value) => update({ user: value }));
  const [customer, setCustomer] = useUrlSearchText(filters.customer, (value) => update({ customer: value }));
  const typeName = (type: string) =>
    (auditedResourceTypes as readonly string[]).includes(type)
      ? t(`resourceTypes.${type as (typeof auditedResourceTypes)[number]}`)
      : type;
  const filtered = Object.entries(filters).some(([key, value]) => key !== 'customerId' && value !== '');

  return (
    <div className={styles.root} role="search" aria-label={t('filters.label')}>
      <div className={styles.dates}>
        <div className={styles.datePair}>
          <Field
            label={t('filters.from')}
            hint={spelledFrom}
            className={styles.dateField}
            validationState={problem?.field === 'from' ? 'error' : 'none'}
            validationMessage={problem?.field === 'from' ? problemText : undefined}
          >
            <Input
              type="date"
              value={filters.from}
              min={problem?.code === 'beforeRetention' ? problem.earliest : undefined}
              max={filters.to || undefined}
              aria-describedby={dateHintId}
              onChange={(_, d) => update({ from: d.value })}
            />
          </Field>
          <Field
            label={t('filters.to')}
            hint={spelledTo}
            className={styles.dateField}
            validationState={problem?.field === 'to' ? 'error' : 'none'}
            validationMessage={problem?.field === 'to' ? problemText : undefined}
          >
            <Input
              type="date"
              value={filters.to}
              min={filters.from || undefined}
              aria-describedby={dateHintId}
              onChange={(_, d) => update({ to: d.value })}
            />
          </Field>
        </div>
        <Text id={dateHintId} size={200} className={styles.dateHint}>
          {t('filters.dateHint')}
        </Text>
      </div>
      <Field label={t('filters.user')} hint={t('filters.userHint')} className={styles.text}>
        <Input value={user} onChange={(_, d) => setUser(d.value)} />
      </Field>
      {showCustomer ? (
        <Field label={t('filters.customer')} hint={t('filters.customerHint')} className={styles.text}>
          <Input value={customer} onChange={(_, d) => setCustomer(d.value)} />
        </Field>
      ) : null}
      <div className={styles.choices}>
        <Field label={t('filters.resourceType')}>
          <Dropdown
            value={filters.resourceType ? typeName(filters.resourceType) : t('filters.allResourceTypes')}
            selectedOptions={[filters.resourceType]}
            onOptionSelect={(_, d) => update({ resourceType: d.optionValue ?? '' })}
          >
            <Option value="">{t('filters.allResourceTypes')}</Option>
            {auditedResourceTypes.map((type) => (
              <Option key={type} value={type}>
                {typeName(type)}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <Field label={t('filters.outcome')}>
          <Dropdown
            value={
              filters.outcome
                ? t(`outcomes.${filters.outcome as (typeof outcomes)[number]}`)
                : t('filters.allOutcomes')
            }
            selectedOptions={[filters.outcome]}
            onOptionSelect={(_, d) => update({ outcome: d.optionValue ?? '' })}
          >
            <Option value="">{t('filters.allOutcomes')}</Option>
            {outcomes.map((outcome) => (
              <Option key={outcome} value={outcome}>
                {t(`outcomes.${outcome}`)}
              </Option>
            ))}
          </Dropdown>
        </Field>
      </div>
      {filtered ? (
        <Button
          className={styles.clear}
          onClick={() => {
            setUser('');
            setCustomer('');
            update({ from: '', to: '', user: '', customer: '', resourceType: '', outcome: '' });
          }}
        >
          {tCommon('actions.clearFilters')}
        </Button>
      ) : null}
    </div>
  );
}
