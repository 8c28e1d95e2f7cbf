import {
  Button,
  Card,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { DeleteRegular } from '@fluentui/react-icons';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTitle } from '@/components/card-title';
import type {
  BillingCycle,
  ProductPromotion,
  PromotionEligibility,
  TermDuration,
} from '@/lib/api-types/catalog';
import { useFormatters } from '@/lib/locale';
import { linePricing } from '../cart-pricing';
import type { DraftLine } from '../cart-store';
import type { CatalogRow } from '../catalog-rows';

const useStyles = makeStyles({
  line: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  controls: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(180px, 1fr))',
    gap: tokens.spacingHorizontalM,
    // Labels and inputs line up across the row; a hint or a message under one field grows only it.
    alignItems: 'start',
  },
  head: {
    display: 'flex',
    justifyContent: 'space-between',
    alignItems: 'center',
    gap: tokens.spacingHorizontalM,
  },
});

/**
 * One line of the cart: its term, billing cycle and quantity, its price with any promotion, and
 * `problem`, what stops it from being bought (a missing base or qualification, the service's
 * refusal of the line).
 */
export function CartLineCard({
  line,
  row,
  promotion,
  verdict,
  currency,
  problem,
  onChange,
  onRemove,
}: {
  line: DraftLine;
  row: CatalogRow | undefined;
  promotion: ProductPromotion | undefined;
  /** The service's eligibility verdict on the line's promotion; undefined while it is asked. */
  verdict: PromotionEligibility | undefined;
  currency: string;
  problem: ReactNode;
  onChange: (changes: Partial<DraftLine>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation('catalog');
  const styles = useStyles();
  const format = useFormatters();
  const availability = row?.availabilities.find((a) => a.catalogItemId === line.catalogItemId);
  const { unitPrice, lineTotal } = linePricing(line, availability, promotion, verdict);
  const purchasable = row?.availabilities.filter((a) => a.isPurchasable) ?? [];
  return (
    <Card className={styles.line}>
      <div className={styles.head}>
        <CardTitle size={400}>{line.title}</CardTitle>
        <Button
          appearance="subtle"
          icon={<DeleteRegular />}
          aria-label={t('cart.remove', { sku: line.title })}
          onClick={onRemove}
        />
      </div>
      <div className={styles.controls}>
        <Field label={t('addToCart.term')}>
          <Select
            value={line.termDuration}
            onChange={(_event, data) => {
              const next = purchasable.find((a) => a.terms[0]?.duration === data.value);
              if (next)
                onChange({
                  termDuration: data.value as TermDuration,
                  catalogItemId: next.catalogItemId,
                  billingCycle: next.prices[0]?.billingCycle ?? 'monthly',
                });
            }}
          >
            {purchasable.map((a) => (
              <option key={a.id} value={a.terms[0]?.duration}>
                {t(`termLong.${a.terms[0]?.duration ?? 'P1M'}`)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label={t('addToCart.billingCycle')}>
          <Select
            value={line.billingCycle}
            onChange={(_event, data) => onChange({ billingCycle: data.value as BillingCycle })}
          >
            {(availability?.prices ?? []).map((price) => (
              <option key={price.billingCycle} value={price.billingCycle}>
                {t(`billingCycles.${price.billingCycle}`)}
              </option>
            ))}
          </Select>
        </Field>
        <QuantityField
          value={line.quantity}
          min={row?.sku.minimumQuantity ?? 1}
          max={row?.sku.maximumQuantity ?? 10_000}
          onValid={(quantity) => onChange({ quantity })}
        />
      </div>
      <Text>{t('cart.listPrice', { price: format.currency(unitPrice, currency) })}</Text>
      {promotion ? (
        verdict === undefined ? (
          <Text>{t('cart.promotionChecking')}</Text>
        ) : verdict.isEligible ? (
          <Text>
            {t('cart.discountLine', {
              promotion: promotion.name,
              percent: format.percent(promotion.discountFraction),
              amount: format.currency(-unitPrice * line.quantity * promotion.discountFraction, currency),
            })}
          </Text>
        ) : (
          <MessageBar intent="warning">
            <MessageBarBody>
              {t('cart.promotionIneligible', {
                promotion: promotion.name,
                reasons: verdict.errors
                  .map((error) => t(`eligibility.${error.code}`, { defaultValue: error.description }))
                  .join('; '),
              })}
            </MessageBarBody>
          </MessageBar>
        )
      ) : null}
      <Text weight="semibold">{t('cart.lineTotal', { price: format.currency(lineTotal, currency) })}</Text>
      {problem}
    </Card>
  );
}

/** Typed text stays as typed; only a valid whole number reaches the cart. */
function QuantityField({
  value,
  min,
  max,
  onValid,
}: {
  value: number;
  min: number;
  max: number;
  onValid: (quantity: number) => void;
}) {
  const { t } = useTranslation('catalog');
  const [text, setText] = useState(String(value));
  const parsed = Number(text);
  const valid = text.trim() !== '' && Number.isInteger(parsed) && parsed >= min && parsed <= max;
  return (
    <Field
      label={t('addToCart.quantity')}
      hint={t('addToCart.quantityHint', { min, max })}
      validationMessage={valid ? undefined : t('addToCart.quantityRange', { min, max })}
    >
      <Input
        type="number"
        inputMode="numeric"
        min={min}
        max={max}
        value={text}
        onChange={(_event, data) => {
          setText(data.value);
          const next = Number(data.value);
          if (data.value.trim() !== '' && Number.isInteger(next) && next >= min && next <= max) onValid(next);
        }}
      />
    </Field>
  );
}
