import {
  Badge,
  Breadcrumb,
  BreadcrumbDivider,
  BreadcrumbItem,
  makeStyles,
  Tab,
  TabList,
  Text,
  tokens,
} from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Outlet, useMatches, useNavigate, useParams } from 'react-router';
import { AppLink } from '@/components/app-link';
import { ErrorState } from '@/components/error-state';
import { PageHeadingLevelContext } from '@/components/heading-level';
import { useDocumentTitle } from '@/components/use-document-title';
import { narrowScreen } from '@/components/narrow-screen';
import { LoadingBlock } from '@/components/page-state';
import { ApiError } from '@/lib/api-error';
import type { Customer } from '@/lib/api-types/customers';
import { useFormatters } from '@/lib/locale';
import { countryRulesQuery, customerQuery } from '../api';
import { customerAgreementsQuery, directSignStatusQuery } from '../compliance-api';
import { customerListHref } from '../list-return';
import { isScreeningRequired, missingScreeningFields } from '../rules';
import { useRuleFormatters } from '../use-rule-formatters';
import { isWorkspaceHandle } from '../workspace-tabs';
import { useWrappingBreadcrumb } from '@/components/wrapping-breadcrumb';

const useStyles = makeStyles({
  header: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    marginBottom: tokens.spacingVerticalM,
  },
  // Without the browser's h1 margins, like every page's title (PageHeader): the header's gap spaces it.
  title: { margin: 0 },
  country: { color: tokens.colorNeutralForeground2 },
  status: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalXXL}`,
    margin: 0,
  },
  // On a phone the badge goes under its term rather than squeezing its words out of its pill.
  statusItem: { display: 'flex', flexWrap: 'wrap', gap: tokens.spacingHorizontalS, alignItems: 'center' },
  term: { color: tokens.colorNeutralForeground2 },
  detail: { margin: 0 },
  tabs: {
    marginBottom: tokens.spacingVerticalL,
    // Five tabs are wider than a phone: there they scroll in place instead of widening the page,
    // with room above and below for the focus ring, which a scrolling box would otherwise clip.
    [narrowScreen]: { overflowX: 'auto', paddingBlock: tokens.spacingVerticalXS },
  },
});

/** Which tab the URL names: the first path segment below `/customers/:customerId`. */
function useCurrentTab() {
  const matches = useMatches();
  const layoutIndex = matches.findIndex((match) => isWorkspaceHandle(match.handle));
  const layout = matches[layoutIndex];
  const tabs = layout && isWorkspaceHandle(layout.handle) ? layout.handle.workspaceTabs : [];
  const child = matches[layoutIndex + 1];
  const rest = child && layout ? child.pathname.slice(layout.pathname.replace(/\/$/, '').length + 1) : '';
  return { tabs, current: rest.split('/')[0] ?? '' };
}

export function Component() {
  const { customerId = '' } = useParams();
  const { tabs, current } = useCurrentTab();
  const namespaces = [...new Set(tabs.map((tab) => tab.labelKey.split(':')[0] ?? 'customers'))];
  const { t } = useTranslation('customers');
  // Tabs from other features bring their own namespace: load those too (suspends until loaded).
  const { t: tTabs } = useTranslation(namespaces as never[]);
  const styles = useStyles();
  const navigate = useNavigate();
  const customer = useQuery(customerQuery(customerId));
  const label = (key: string) => (tTabs as unknown as (key: string) => string)(key);
  const currentTab = tabs.find((tab) => tab.path === current);
  const companyName = customer.data?.companyProfile.companyName ?? customer.data?.companyProfile.domain;
  // Set after the tab's own title (parent effects run last): "Agreements – Contoso".
  useDocumentTitle(
    companyName
      ? [currentTab ? label(currentTab.labelKey) : '', companyName].filter(Boolean).join(' – ')
      : t('title'),
  );

  if (customer.error) {
    const notFound = customer.error instanceof ApiError && customer.error.status === 404;
    return (
      <>
        <WorkspaceBreadcrumb company={undefined} />
        <ErrorState
          error={customer.error}
          title={notFound ? t('account.notFound') : undefined}
          onRetry={notFound ? undefined : () => void customer.refetch()}
        />
      </>
    );
  }
  if (!customer.data) {
    return (
      <>
        <WorkspaceBreadcrumb company={undefined} />
        <LoadingBlock rows={4} />
      </>
    );
  }

  const company = customer.data.companyProfile.companyName ?? customer.data.companyProfile.domain;
  const tabId = (path: string) => `customer-tab-${path}`;
  return (
    <>
      <WorkspaceBreadcrumb company={company} />
      <header className={styles.header}>
        <Text as="h1" size={800} weight="semibold" className={styles.title}>
          {company}
        </Text>
        <CountryLine customer={customer.data} />
        <WorkspaceStatus customer={customer.data} />
      </header>
      <TabList
        // Fluent's arrow-key group (tabster's mover) adds focusable helpers inside aria-hidden, which
        // fail the page's aria-hidden-focus audit; the tabs' keys are handled here instead.
        data-tabster={undefined}
        onKeyDown={moveBetweenTabs}
        className={styles.tabs}
        selectedValue={current}
        aria-label={t('workspace.tabsLabel', { company })}
        onTabSelect={(_event, data) =>
          navigate(`/customers/${encodeURIComponent(customerId)}/${String(data.value)}`)
        }
      >
        {tabs.map((tab) => (
          <Tab
            key={tab.path}
            value={tab.path}
            id={tabId(tab.path)}
            aria-controls="customer-tabpanel"
            tabIndex={tab.path === current ? 0 : -1}
          >
            {label(tab.labelKey)}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="customer-tabpanel" aria-labelledby={tabId(current)}>
        <PageHeadingLevelContext.Provider value={2}>
          <Outlet />
        </PageHeadingLevelContext.Provider>
      </div>
    </>
  );
}

/**
 * The ARIA tabs keys: the selected tab is the one tab stop; arrows (round the ends), Home and End
 * move focus between tabs; Enter or Space opens the focused one (the tab is a button).
 */
function moveBetweenTabs(event: KeyboardEvent<HTMLElement>) {
  const tabs = [...event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')];
  const index = tabs.findIndex((tab) => tab === document.activeElement);
  if (index < 0) return;
  const targets: Partial<Record<string, number>> = {
    ArrowRight: index + 1,
    ArrowLeft: index - 1,
    Home: 0,
    End: tabs.length - 1,
  };
  const target = targets[event.key];
  if (target === undefined) return;
  event.preventDefault();
  tabs[(target + tabs.length) % tabs.length]?.focus();
}

function WorkspaceBreadcrumb({ company }: { company: string | undefined }) {
  const { t } = useTranslation('customers');
  const wrapping = useWrappingBreadcrumb();
  return (
    <Breadcrumb aria-label={t('account.breadcrumb')} list={{ className: wrapping.list }}>
      <BreadcrumbItem>
        <AppLink to={customerListHref()}>{t('title')}</AppLink>
      </BreadcrumbItem>
      {company ? (
        <>
          <BreadcrumbDivider />
          <BreadcrumbItem>
            <Text aria-current="page">{company}</Text>
          </BreadcrumbItem>
        </>
      ) : null}
    </Breadcrumb>
  );
}

function CountryLine({ customer }: { customer: Customer }) {
  const styles = useStyles();
  const { countryName } = useRuleFormatters();
  const country = customer.billingProfile?.defaultAddress.country ?? '';
  return country ? <Text className={styles.country}>{countryName(country)}</Text> : null;
}

/** Screening and agreement status, visible whichever tab is open. */
function WorkspaceStatus({ customer }: { customer: Customer }) {
  const { t } = useTranslation('customers');
  const styles = useStyles();
  const format = useFormatters();
  const country = customer.billingProfile?.defaultAddress.country ?? '';
  const rules = useQuery({ ...countryRulesQuery(country || 'XX'), enabled: Boolean(country) });
  const agreements = useQuery(customerAgreementsQuery(customer.id));
  const signedDirectly = useQuery(directSignStatusQuery(customer.id));
  const missing = missingScreeningFields(customer, rules.data);
  const screeningRequired = isScreeningRequired(rules.data);
  const latest = [...(agreements.data ?? [])].sort((a, b) => b.dateAgreed.localeCompare(a.dateAgreed))[0];
  const fieldName = (field: string) =>
    field === 'phoneNumber' ? t('gate.missingPhone') : t('gate.missingInn');

  return (
    <dl className={styles.status}>
      <div className={styles.statusItem}>
        <dt className={styles.term}>{t('workspace.screening')}</dt>
        <dd className={styles.detail}>
          {!rules.data ? (
            t('workspace.checking')
          ) : missing.length > 0 ? (
            <Badge appearance="tint" color="warning">
              {t('list.missingDetail', { fields: missing.map(fieldName).join(', ') })}
            </Badge>
          ) : screeningRequired ? (
            <Badge appearance="tint" color="success">
              {t('list.complete')}
            </Badge>
          ) : (
            t('list.notRequired')
          )}
        </dd>
      </div>
      <div className={styles.statusItem}>
        <dt className={styles.term}>{t('workspace.agreement')}</dt>
        <dd className={styles.detail}>
          {agreements.isPending ? (
            t('workspace.checking')
          ) : agreements.isError ? (
            t('workspace.agreementUnknown')
          ) : latest ? (
            <Badge appearance="tint" color="success">
              {t('workspace.agreementConfirmed', { date: format.date(latest.dateAgreed) })}
            </Badge>
          ) : signedDirectly.data ? (
            <Badge appearance="tint" color="success">
              {t('workspace.agreementSignedDirectly')}
            </Badge>
          ) : signedDirectly.isPending ? (
            t('workspace.checking')
          ) : signedDirectly.isError ? (
            t('workspace.agreementUnknown')
          ) : (
            <Badge appearance="tint" color="danger">
              {t('workspace.agreementMissing')}
            </Badge>
          )}
        </dd>
      </div>
    </dl>
  );
}
