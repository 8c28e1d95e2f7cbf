import { useTranslation } from 'react-i18next';
import { useMatches } from 'react-router';
import { PageHeader } from '@/components/page-header';
import { headingOf, type PageHeading } from '@/lib/route-heading';
import { PageSpinner } from './app-shell';

/**
 * In place of the page on a first visit, while its chunk downloads: the page's own heading when
 * its route names one (see route-heading.ts), then the progress indicator.
 */
export function FirstPageFallback() {
  return <LoadingPage heading={headingOf(useMatches().at(-1)?.handle)} />;
}

/**
 * The heading's strings come with the feature strings the entry asks for at start, which arrive
 * well before the page's code; until then, the progress indicator alone.
 */
export function LoadingPage({ heading }: { heading: PageHeading | undefined }) {
  return (
    <>
      {heading ? <HeadingOf heading={heading} /> : null}
      <PageSpinner />
    </>
  );
}

function HeadingOf({ heading }: { heading: PageHeading }) {
  // Not suspending: React holds back content that replaces a Suspense fallback for up to 300 ms,
  // and the heading came 50-60 ms later than its strings (median of 10 first visits to /customers
  // and /catalog). Without them it renders nothing and renders again once they are here.
  const { t, ready } = useTranslation(heading.ns as never, { useSuspense: false });
  if (!ready) return null;
  const text = t as unknown as (key: string) => string;
  return (
    <PageHeader
      title={text(heading.title)}
      description={heading.description ? text(heading.description) : undefined}
    />
  );
}
