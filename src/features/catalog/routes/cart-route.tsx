import {
  Button,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/error-state';
import { PageHeader } from '@/components/page-header';
import { ApiError } from '@/lib/api-error';
import type { CartLineItemError } from '@/lib/api-types/catalog';
import { satisfiedPrerequisite } from '@/lib/commerce-rules';
import { useFormatters } from '@/lib/locale';
import {
  catalogKeys,
  checkoutCart,
  createCart,
  promotionEligibilityQuery,
  promotionsQuery,
  updateCart,
  type CartLineInput,
} from '../api';
import { useDraftCart, writeCart, type DraftLine } from '../cart-store';
import type { CatalogRow } from '../catalog-rows';
import { useCatalogContext } from '../use-catalog-context';
import { useScreeningGate } from '@/features/customers';
import { accountValidationErrorCodes } from '@/lib/api-types/account-validation';
import { agreementErrorCodes } from '@/lib/api-types/agreements';
import { QualificationNotice, useQualifications } from '../qualification-gate';
import { subscriptionKeys } from '@/features/subscriptions';
import { AppLink } from '@/components/app-link';
import { CartLineCard } from '../components/cart-line-card';
import { CartsInProgress } from '../components/carts-in-progress';
import { linePricing } from '../cart-pricing';

const useStyles = makeStyles({
  lines: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    marginBlock: tokens.spacingVerticalM,
  },
  footer: { display: 'flex', gap: tokens.spacingHorizontalL, alignItems: 'center', flexWrap: 'wrap' },
  // The total, any notice and the Check out button: a notice no longer touches the button.
  checkout: { display: 'flex', flexDirection: 'column', alignItems: 'stretch', gap: tokens.spacingVerticalM },
});

function toInput(lines: DraftLine[]): CartLineInput[] {
  return lines.map((line, index) => ({
    id: index,
    catalogItemId: line.catalogItemId,
    quantity: line.quantity,
    billingCycle: line.billingCycle,
    termDuration: line.termDuration,
    friendlyName: line.title,
    ...(line.promotionId ? { promotionId: line.promotionId } : {}),
  }));
}

export function Component() {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const format = useFormatters();
  const queryClient = useQueryClient();
  const context = useCatalogContext();
  const { customerId, rows, subscribed, customerName, country } = context;
  const draft = useDraftCart(customerId);
  const gate = useScreeningGate();
  const [serverErrors, setServerErrors] = useState<Record<number, CartLineItemError>>({});
  const [ordered, setOrdered] = useState<string | undefined>();
  const rowByKey = useMemo(() => new Map(rows.map((row) => [row.key, row])), [rows]);
  const promotions =
    useQuery({ ...promotionsQuery(country ?? '', format.locale), enabled: Boolean(country) }).data ?? [];

  const eligibilityItems = useMemo(
    () =>
      draft.lines.flatMap((line, index) =>
        line.promotionId
          ? [
              {
                id: index,
                catalogItemId: line.catalogItemId,
                termDuration: line.termDuration,
                billingCycle: line.billingCycle,
                quantity: line.quantity,
                promotionId: line.promotionId,
              },
            ]
          : [],
      ),
    [draft.lines],
  );
  const eligibility = useQuery({
    ...promotionEligibilityQuery(customerId ?? '', eligibilityItems),
    enabled: Boolean(customerId) && eligibilityItems.length > 0,
  });

  const enabled = subscribed.filter((licence) => licence.capabilityStatus === 'Enabled');
  const basesInCart = draft.lines
    .filter((line) => !rowByKey.get(`${line.productId}:${line.skuId}`)?.isAddon)
    .map((line) => ({ productId: line.productId, skuId: line.skuId }));

  /** The same rule the API applies, checked here so the partner sees it before sending the cart. */
  function missingBase(row: CatalogRow | undefined): boolean {
    if (!row?.isAddon) return false;
    return !satisfiedPrerequisite(row.sku.dynamicAttributes.prerequisiteSkus ?? [], [
      ...enabled,
      ...basesInCart,
    ]);
  }

  const qualifications = useQualifications(customerId);
  const missingQualification = (row: CatalogRow | undefined) =>
    row ? qualifications.missingFor(row.sku) : undefined;
  const blocked = draft.lines.some((line) => {
    const row = rowByKey.get(`${line.productId}:${line.skuId}`);
    return missingBase(row) || Boolean(missingQualification(row));
  });

  const update = (index: number, changes: Partial<DraftLine>) => {
    if (!customerId) return;
    setServerErrors({});
    writeCart(customerId, {
      ...draft,
      lines: draft.lines.map((line, i) => (i === index ? { ...line, ...changes } : line)),
    });
  };

  const checkout = useMutation({
    mutationFn: async () => {
      if (!customerId) throw new Error('no customer');
      const lines = toInput(draft.lines);
      let cart;
      try {
        cart = draft.cartId
          ? await updateCart(customerId, draft.cartId, lines)
          : await createCart(customerId, lines);
      } catch (error) {
        // The earlier cart expired or was already ordered elsewhere: start a new one.
        if (draft.cartId && error instanceof ApiError && (error.hasCode(800008) || error.hasCode(800065))) {
          cart = await createCart(customerId, lines);
        } else throw error;
      }
      const errors = Object.fromEntries(
        cart.lineItems.flatMap((line) => (line.error ? [[line.id, line.error]] : [])),
      ) as Record<number, CartLineItemError>;
      if (Object.keys(errors).length > 0) {
        writeCart(customerId, { ...draft, cartId: cart.id });
        return { errors };
      }
      const result = await checkoutCart(customerId, cart.id);
      return { orderId: result.orders[0]?.id ?? cart.id };
    },
    onSuccess: (result) => {
      if (!customerId) return;
      if ('errors' in result && result.errors) {
        setServerErrors(result.errors);
        return;
      }
      writeCart(customerId, { lines: [] });
      setOrdered(result.orderId);
      void queryClient.invalidateQueries({ queryKey: subscriptionKeys.list(customerId) });
      void queryClient.invalidateQueries({ queryKey: catalogKeys.subscribedSkus(customerId) });
    },
  });

  const acceptanceMissing =
    checkout.error instanceof ApiError && checkout.error.hasCode(agreementErrorCodes.acceptanceRequired);
  const accountHold =
    checkout.error instanceof ApiError
      ? checkout.error.hasCode(accountValidationErrorCodes.notApproved)
        ? 'notApproved'
        : checkout.error.hasCode(accountValidationErrorCodes.underReview) ||
            checkout.error.hasCode(accountValidationErrorCodes.statusUnknown)
          ? 'underReview'
          : undefined
      : undefined;
  const cartPath = `/catalog/cart?customer=${encodeURIComponent(customerId ?? '')}`;

  const promotionOf = (line: DraftLine) => promotions.find((p) => p.id === line.promotionId);
  const verdictOf = (index: number) => eligibility.data?.find((item) => item.id === index)?.eligibilities[0];
  const total = draft.lines.reduce((sum, line, index) => {
    const row = rowByKey.get(`${line.productId}:${line.skuId}`);
    const availability = row?.availabilities.find((a) => a.catalogItemId === line.catalogItemId);
    return sum + linePricing(line, availability, promotionOf(line), verdictOf(index)).lineTotal;
  }, 0);
  const currency = rows[0]?.availabilities[0]?.defaultCurrency.code ?? 'USD';

  return (
    <>
      <PageHeader
        title={t('cart.title')}
        description={customerName ? t('cart.intro', { customer: customerName }) : undefined}
        actions={
          <AppLink to={`/catalog${customerId ? `?customer=${customerId}` : ''}`}>
            {t('cart.backToCatalog')}
          </AppLink>
        }
      />
      {ordered && customerId ? (
        <MessageBar intent="success" role="status">
          <MessageBarBody>{t('cart.success', { orderId: ordered })}</MessageBarBody>
          <MessageBarActions>
            <AppLink to={`/customers/${customerId}/subscriptions`}>{t('cart.viewSubscriptions')}</AppLink>
          </MessageBarActions>
        </MessageBar>
      ) : null}
      {!customerId ? (
        <CartsInProgress />
      ) : draft.lines.length === 0 ? (
        <Text>{t('cart.empty')}</Text>
      ) : (
        <>
          <div className={styles.lines}>
            {draft.lines.map((line, index) => {
              const row = rowByKey.get(`${line.productId}:${line.skuId}`);
              const missing = missingQualification(row);
              const serverError = serverErrors[index];
              return (
                <CartLineCard
                  key={`${line.catalogItemId}-${index}`}
                  line={line}
                  row={row}
                  promotion={promotionOf(line)}
                  verdict={verdictOf(index)}
                  currency={currency}
                  onChange={(changes) => update(index, changes)}
                  onRemove={() => {
                    setServerErrors({});
                    writeCart(customerId, { ...draft, lines: draft.lines.filter((_, i) => i !== index) });
                  }}
                  problem={
                    row && missing ? (
                      <QualificationNotice
                        sku={row.sku}
                        customerId={customerId}
                        customerName={customerName}
                        missing={missing}
                        returnTo={cartPath}
                      />
                    ) : missingBase(row) ? (
                      <MessageBar intent="error" role="alert">
                        <MessageBarBody>{t('addon.notPurchasable')}</MessageBarBody>
                      </MessageBar>
                    ) : serverError ? (
                      <MessageBar intent="error" role="alert">
                        <MessageBarBody>
                          {t('cart.lineError', { message: serverError.errorDescription })}
                        </MessageBarBody>
                      </MessageBar>
                    ) : null
                  }
                />
              );
            })}
          </div>
          <div className={styles.checkout}>
            <Text block weight="semibold">
              {t('cart.total', { price: format.currency(total, currency) })}
            </Text>
            {acceptanceMissing ? (
              <MessageBar intent="warning" role="alert" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t('agreement.title')}</MessageBarTitle>
                  {t('agreement.body', { customer: customerName })}
                </MessageBarBody>
                <MessageBarActions>
                  <AppLink
                    to={`/customers/${encodeURIComponent(customerId)}/agreements?returnTo=${encodeURIComponent(cartPath)}`}
                  >
                    {t('agreement.confirm')}
                  </AppLink>
                </MessageBarActions>
              </MessageBar>
            ) : accountHold ? (
              <MessageBar intent="warning" role="alert" layout="multiline">
                <MessageBarBody>
                  <MessageBarTitle>{t(`accountValidation.${accountHold}Title`)}</MessageBarTitle>
                  {t(`accountValidation.${accountHold}`, { customer: customerName })}
                </MessageBarBody>
                <MessageBarActions>
                  <AppLink to={`/customers/${encodeURIComponent(customerId)}/account`}>
                    {t('accountValidation.openAccount', { customer: customerName })}
                  </AppLink>
                </MessageBarActions>
              </MessageBar>
            ) : checkout.isError ? (
              <ErrorState error={checkout.error} />
            ) : null}
            {blocked ? (
              <MessageBar intent="warning">
                <MessageBarBody>{t('cart.blocked')}</MessageBarBody>
              </MessageBar>
            ) : null}
            <div className={styles.footer}>
              <Button
                appearance="primary"
                disabled={blocked || checkout.isPending}
                onClick={() => void gate.guard(customerId, () => checkout.mutate())}
              >
                {checkout.isPending ? t('cart.checkingOut') : t('cart.checkout')}
              </Button>
            </div>
          </div>
        </>
      )}
      {gate.element}
    </>
  );
}
