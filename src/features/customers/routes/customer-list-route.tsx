import {
  Badge,
  Button,
  CounterBadge,
  Dropdown,
  Field,
  makeStyles,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Option,
  Skeleton,
  SkeletonItem,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { SearchBox } from '@/components/search-box';
import { AddRegular, WarningRegular } from '@fluentui/react-icons';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useEffect, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useUrlSearchText } from '@/lib/use-commit-after-pause';
import { useLocation, useNavigate } from 'react-router';
import { rememberListSearch } from '../list-return';
import { ErrorState } from '@/components/error-state';
import { TableScroller } from '@/components/table-scroller';
import { PageHeader } from '@/components/page-header';
import { useCan } from '@/lib/auth';
import { useFormatters } from '@/lib/locale';
import type { CountryValidationRules } from '@/lib/api-types/country-validation-rules';
import { ExportCsvButton } from '@/components/export-csv-button';
import {
  customerListQuery,
  fetchAllCustomers,
  marketsQuery,
  missingScreeningCountQuery,
  type CustomerSort,
} from '../api';
import { AppLink } from '@/components/app-link';
import { DomainName } from '@/components/domain-name';
import { useCustomerCsvColumns } from '../customer-csv';
import { useRuleFormatters } from '../use-rule-formatters';
import { customerPageSize, useListParams } from '../use-list-params';
import { customerListHeading } from '../page-headings';
import { isScreeningRequired } from '../rules';

const useStyles = makeStyles({
  filters: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-end',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalL,
  },
  search: { minWidth: '280px' },
  pager: {
    display: 'flex',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
    marginTop: tokens.spacingVerticalM,
  },
  skeletonRow: { marginBottom: tokens.spacingVerticalS },
  // The button puts no space between its text and the count that follows it.
  missingCount: { marginInlineStart: tokens.spacingHorizontalS },
  screening: {
    display: 'flex',
    flexDirection: 'column',
    alignItems: 'flex-start',
    gap: tokens.spacingVerticalXXS,
  },
});

export function Component() {
  const { t } = useTranslation('customers');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const navigate = useNavigate();
  const format = useFormatters();
  const rulesFormat = useRuleFormatters();
  const canCreate = useCan('customers.create');
  const [params, update] = useListParams();
  const { search: listSearch } = useLocation();
  useEffect(() => rememberListSearch(listSearch), [listSearch]);
  const list = useQuery({ ...customerListQuery(params), placeholderData: keepPreviousData });
  const missingCount = useQuery(missingScreeningCountQuery());
  const markets = useQuery(marketsQuery());

  // Typing searches after a short pause, so every keystroke is not a request and a history entry.
  const [searchText, setSearchText] = useUrlSearchText(params.q, (q) => update({ q }));

  // Every market's rules come with the country filter's list: enough to say, for a customer whose
  // screening lacks nothing, whether that is because it is complete or because none is asked.
  const rulesByCountry = useMemo(
    () => new Map((markets.data?.items ?? []).map((rules) => [rules.iso2Code, rules])),
    [markets.data],
  );
  const csvColumns = useCustomerCsvColumns(markets.data ? rulesByCountry : undefined);
  const countries = useMemo(
    () =>
      (markets.data?.items ?? [])
        .map((m) => ({ code: m.iso2Code, name: rulesFormat.countryName(m.iso2Code) }))
        .sort((a, b) => a.name.localeCompare(b.name)),
    [markets.data, rulesFormat],
  );

  const sortKey = params.sort.replace(/^-/, '');
  const direction = params.sort.startsWith('-') ? 'descending' : 'ascending';
  const header = (key: 'companyName' | 'domain' | 'country', label: string) => (
    <TableHeaderCell
      sortDirection={sortKey === key ? direction : undefined}
      onClick={() =>
        update({ sort: (sortKey === key && direction === 'ascending' ? `-${key}` : key) as CustomerSort })
      }
    >
      {label}
    </TableHeaderCell>
  );

  const total = list.data?.totalCount ?? 0;
  const pages = Math.max(1, Math.ceil(total / customerPageSize));
  const from = total === 0 ? 0 : (params.page - 1) * customerPageSize + 1;
  const to = Math.min(params.page * customerPageSize, total);
  const filtered =
    params.q !== '' || params.country !== '' || params.missingScreening || params.countries.length > 0;
  const narrowed = params.countries.length > 0 && !params.country;

  return (
    <>
      <PageHeader
        title={t(customerListHeading.title)}
        description={t(customerListHeading.description)}
        actions={
          <>
            <ExportCsvButton
              fileName={params.missingScreening ? t('list.exportWorkListFile') : t('list.exportFile')}
              columns={csvColumns}
              loadRows={(options) => fetchAllCustomers(params, options)}
              // A list that could not load (a role refusal, an outage) would export the same failure.
              disabled={list.data === undefined ? list.isError : total === 0}
            />
            {canCreate ? (
              <Button
                appearance="primary"
                icon={<AddRegular />}
                onClick={() => void navigate('/customers/new')}
              >
                {t('list.newCustomer')}
              </Button>
            ) : null}
          </>
        }
      />
      <div className={styles.filters} role="search">
        <Field label={t('list.search')} className={styles.search}>
          <SearchBox value={searchText} onChange={(_, data) => setSearchText(data.value)} />
        </Field>
        <Field label={t('list.country')}>
          <Dropdown
            value={params.country ? rulesFormat.countryName(params.country) : t('list.allCountries')}
            selectedOptions={[params.country]}
            onOptionSelect={(_, data) => update({ country: data.optionValue ?? '', countries: [] })}
          >
            <Option value="">{t('list.allCountries')}</Option>
            {countries.map((c) => (
              <Option key={c.code} value={c.code}>
                {c.name}
              </Option>
            ))}
          </Dropdown>
        </Field>
        <ToggleButton
          checked={params.missingScreening}
          icon={<WarningRegular />}
          onClick={() => update({ missingScreening: !params.missingScreening })}
        >
          {t('list.missingFilter')}
          {missingCount.data !== undefined ? (
            <CounterBadge
              className={styles.missingCount}
              count={missingCount.data}
              showZero
              color="danger"
              size="small"
              aria-label={t('list.missingFilterCount', { count: missingCount.data })}
            />
          ) : null}
        </ToggleButton>
      </div>

      {narrowed ? (
        <MessageBar intent="info">
          <MessageBarBody>
            {t('list.onlyCountries', {
              count: params.countries.length,
              countries: params.countries.map((code) => rulesFormat.countryName(code)).join(', '),
            })}
          </MessageBarBody>
          <MessageBarActions>
            <Button onClick={() => update({ countries: [] })}>{t('list.allCountries')}</Button>
          </MessageBarActions>
        </MessageBar>
      ) : null}

      {list.isError && !list.data ? (
        <ErrorState error={list.error} onRetry={() => void list.refetch()} />
      ) : list.isPending ? (
        <Skeleton aria-label={t('list.loading')}>
          {Array.from({ length: 8 }, (_, i) => (
            <SkeletonItem key={i} size={36} className={styles.skeletonRow} />
          ))}
        </Skeleton>
      ) : total === 0 ? (
        <MessageBar intent={params.missingScreening ? 'success' : 'info'}>
          <MessageBarBody>
            {params.missingScreening && !params.q && !params.country && !narrowed
              ? t('list.emptyWorkList')
              : t('list.empty')}
          </MessageBarBody>
          {filtered ? (
            <MessageBarActions>
              <Button
                onClick={() => {
                  setSearchText('');
                  update({ q: '', country: '', missingScreening: false, countries: [] });
                }}
              >
                {tCommon('actions.clearFilters')}
              </Button>
            </MessageBarActions>
          ) : null}
        </MessageBar>
      ) : (
        <>
          {list.isError ? <ErrorState error={list.error} onRetry={() => void list.refetch()} /> : null}
          <TableScroller label={t('list.tableLabel')} minWidth="640px">
            <Table aria-label={t('list.tableLabel')} sortable aria-busy={list.isFetching}>
              <TableHeader>
                <TableRow>
                  {header('companyName', t('list.columns.company'))}
                  {header('domain', t('list.columns.domain'))}
                  {header('country', t('list.columns.country'))}
                  <TableHeaderCell>{t('list.columns.screening')}</TableHeaderCell>
                </TableRow>
              </TableHeader>
              <TableBody>
                {list.data?.items.map((customer) => {
                  const country = customer.companyProfile.address?.country ?? '';
                  const missing = customer.missingScreeningInfo ?? [];
                  return (
                    <TableRow key={customer.id}>
                      <TableCell>
                        <AppLink to={`/customers/${customer.id}/account`}>
                          {customer.companyProfile.companyName ?? customer.companyProfile.domain}
                        </AppLink>
                      </TableCell>
                      <TableCell>
                        <DomainName name={customer.companyProfile.domain} />
                      </TableCell>
                      <TableCell>{rulesFormat.countryName(country)}</TableCell>
                      <TableCell>
                        <ScreeningStatus
                          missing={missing}
                          rules={rulesByCountry.get(country)}
                          rulesLoaded={markets.data !== undefined}
                        />
                      </TableCell>
                    </TableRow>
                  );
                })}
              </TableBody>
            </Table>
          </TableScroller>
          <nav className={styles.pager} aria-label={t('list.pagination')}>
            <Button disabled={params.page <= 1} onClick={() => update({ page: params.page - 1 })}>
              {tCommon('actions.previousPage')}
            </Button>
            <Text>
              {tCommon('pagination.range', {
                from: format.number(from),
                to: format.number(to),
                total: format.number(total),
              })}
            </Text>
            <Button disabled={params.page >= pages} onClick={() => update({ page: params.page + 1 })}>
              {tCommon('actions.nextPage')}
            </Button>
          </nav>
        </>
      )}
    </>
  );
}

/**
 * A row's screening: what is missing; else, once the markets' rules are in, whether that is because
 * it is complete or because the customer's country asks nothing.
 */
function ScreeningStatus({
  missing,
  rules,
  rulesLoaded,
}: {
  missing: string[];
  rules: CountryValidationRules | undefined;
  rulesLoaded: boolean;
}) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  if (missing.length > 0) {
    const shortName = (field: string) =>
      field === 'phoneNumber' ? t('gate.missingPhone') : t('fields.organizationRegistrationNumber');
    return (
      <div className={styles.screening}>
        <Badge color="warning" appearance="tint" icon={<WarningRegular />}>
          {t('list.missingBadge')}
        </Badge>
        <Text size={200}>{t('list.missingDetail', { fields: missing.map(shortName).join(', ') })}</Text>
      </div>
    );
  }
  if (!rulesLoaded) return null;
  return isScreeningRequired(rules) ? (
    <Badge color="success" appearance="tint">
      {t('list.complete')}
    </Badge>
  ) : (
    <Text size={200}>{t('list.notRequired')}</Text>
  );
}
