import {
  Breadcrumb,
  BreadcrumbButton,
  BreadcrumbDivider,
  BreadcrumbItem,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { useWrappingBreadcrumb } from '@/components/wrapping-breadcrumb';

export interface Crumb {
  label: string;
  /** Omit for the current page (the last crumb). */
  to?: string;
}

const useStyles = makeStyles({ root: { marginBottom: tokens.spacingVerticalS } });

/** Account settings › section › page (› item): the trail to where you are. */
export function AccountBreadcrumb({ items }: { items: Crumb[] }) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const wrapping = useWrappingBreadcrumb();
  const navigate = useNavigate();
  const all: Crumb[] = [{ label: t('title'), to: '/settings/account' }, ...items];
  return (
    <Breadcrumb
      aria-label={t('breadcrumb')}
      className={styles.root}
      list={{ className: wrapping.list }}
      size="small"
    >
      {all.map((crumb, index) => {
        const last = index === all.length - 1;
        return (
          <Fragment key={`${crumb.label}-${index}`}>
            <BreadcrumbItem>
              {last ? (
                <BreadcrumbButton current>{crumb.label}</BreadcrumbButton>
              ) : crumb.to ? (
                <BreadcrumbButton
                  href={crumb.to}
                  onClick={(event) => {
                    event.preventDefault();
                    void navigate(crumb.to ?? '/');
                  }}
                >
                  {crumb.label}
                </BreadcrumbButton>
              ) : (
                <BreadcrumbButton disabled>{crumb.label}</BreadcrumbButton>
              )}
            </BreadcrumbItem>
            {last ? null : <BreadcrumbDivider />}
          </Fragment>
        );
      })}
    </Breadcrumb>
  );
}
