import { MessageBar, MessageBarBody, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { customersQuery } from '../api';
import { useCartsInProgress } from '../cart-store';

const useStyles = makeStyles({
  root: { marginTop: tokens.spacingVerticalL },
  heading: { display: 'block', marginBottom: tokens.spacingVerticalS },
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL },
});

/**
 * The cart page opened without a customer (a bookmark, the address bar's history): how to start
 * a cart and, when this browser holds carts being filled, one link to each, so the cart page still
 * leads to the cart that was being filled.
 */
export function CartsInProgress() {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const headingId = useId();
  const carts = useCartsInProgress();
  const customers = useQuery({ ...customersQuery(), enabled: carts.length > 0 });
  if (carts.length === 0) {
    return (
      <MessageBar intent="info">
        <MessageBarBody>{t('customer.required')}</MessageBarBody>
      </MessageBar>
    );
  }
  const nameOf = (customerId: string) => {
    const profile = customers.data?.find((customer) => customer.id === customerId)?.companyProfile;
    return profile?.companyName ?? profile?.domain ?? customerId;
  };
  const byName = carts
    .map((cart) => ({ ...cart, name: nameOf(cart.customerId) }))
    .sort((a, b) => a.name.localeCompare(b.name));
  return (
    <>
      <MessageBar intent="info">
        <MessageBarBody>{t('customer.requiredOrContinue')}</MessageBarBody>
      </MessageBar>
      <section className={styles.root} aria-labelledby={headingId}>
        <Text as="h2" size={500} weight="semibold" id={headingId} className={styles.heading}>
          {t('cart.inProgress.heading')}
        </Text>
        <ul className={styles.list}>
          {byName.map(({ customerId, name, lineCount }) => (
            <li key={customerId}>
              <AppLink to={`/catalog/cart?customer=${encodeURIComponent(customerId)}`}>
                {t('cart.inProgress.link', { customer: name, count: lineCount })}
              </AppLink>
            </li>
          ))}
        </ul>
      </section>
    </>
  );
}
