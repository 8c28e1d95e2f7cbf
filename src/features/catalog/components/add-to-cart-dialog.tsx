import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  Select,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useQuery } from '@tanstack/react-query';
import { Controller, useForm, useWatch } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useNotify } from '@/components/notify';
import { useSingleSubmit } from '@/components/use-single-submit';
import type { Availability, BillingCycle, Product, Sku, TermDuration } from '@/lib/api-types/catalog';
import { useLocation } from 'react-router';
import { useFormatters } from '@/lib/locale';
import { customerQuery, promotionsQuery } from '../api';
import { addLine } from '../cart-store';
import { QualificationNotice, useQualifications } from '../qualification-gate';

const useStyles = makeStyles({
  form: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
});

export interface AddToCartTarget {
  product: Product;
  sku: Sku;
  availabilities: Availability[];
}

/** Term, billing cycle, quantity and promotion for one SKU, then into the customer's cart. */
export function AddToCartDialog({
  target,
  customerId,
  country,
  onClose,
  guard,
}: {
  target: AddToCartTarget;
  customerId: string;
  country: string;
  onClose: () => void;
  guard: (customerId: string, proceed: () => void) => Promise<void>;
}) {
  const { t } = useTranslation('catalog');
  const { t: tCommon } = useTranslation();
  const styles = useStyles();
  const notify = useNotify();
  const { sku, product, availabilities } = target;
  const min = sku.minimumQuantity;
  const max = sku.maximumQuantity;
  const { locale } = useFormatters();
  const promotions = useQuery(promotionsQuery(country, locale)).data ?? [];
  const applicable = promotions.filter((promotion) =>
    promotion.applicableSkus.includes(`${product.id}:${sku.id}`),
  );
  const purchasable = availabilities.filter((availability) => availability.isPurchasable);
  const location = useLocation();
  const customer = useQuery(customerQuery(customerId)).data;
  const customerName = customer?.companyProfile.companyName ?? customer?.companyProfile.domain ?? '';
  const qualifications = useQualifications(customerId);
  const missingQualification = qualifications.missingFor(sku);
  const qualificationPending = qualifications.loading && Boolean(sku.dynamicAttributes.requiresQualification);

  const schema = z.object({
    termDuration: z.enum(['P1M', 'P1Y', 'P3Y']),
    billingCycle: z.string().min(1),
    quantity: z.coerce
      .number<string>()
      .int(t('addToCart.quantityRange', { min, max }))
      .min(min, t('addToCart.quantityRange', { min, max }))
      .max(max, t('addToCart.quantityRange', { min, max })),
    promotionId: z.string(),
  });
  type FormInput = z.input<typeof schema>;
  type FormOutput = z.output<typeof schema>;

  const firstTerm = (purchasable[0]?.terms[0]?.duration ?? 'P1M') as TermDuration;
  const form = useForm<FormInput, unknown, FormOutput>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(schema),
    defaultValues: {
      termDuration: firstTerm,
      billingCycle: purchasable[0]?.prices[0]?.billingCycle ?? 'monthly',
      quantity: String(min),
      promotionId: '',
    },
  });
  const { control, handleSubmit, setValue, formState } = form;
  const term = useWatch({ control, name: 'termDuration' });
  const availability = purchasable.find((candidate) => candidate.terms[0]?.duration === term);
  const cycles = availability?.prices.map((price) => price.billingCycle) ?? [];

  const submit = useSingleSubmit(handleSubmit, (values) =>
    guard(customerId, () => {
      const chosen = purchasable.find((candidate) => candidate.terms[0]?.duration === values.termDuration);
      if (!chosen) return;
      addLine(customerId, {
        productId: product.id,
        skuId: sku.id,
        title: sku.title,
        catalogItemId: chosen.catalogItemId,
        termDuration: values.termDuration,
        billingCycle: values.billingCycle as BillingCycle,
        quantity: values.quantity,
        ...(values.promotionId ? { promotionId: values.promotionId } : {}),
      });
      notify(t('addToCart.added', { sku: sku.title }));
      onClose();
    }),
  );

  const onSale = sku.dynamicAttributes.purchasableFrom;
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <form onSubmit={submit} noValidate>
          <DialogBody>
            <DialogTitle>{t('addToCart.title', { sku: sku.title })}</DialogTitle>
            <DialogContent className={styles.form}>
              <ErrorSummary
                form={form}
                labels={{
                  termDuration: t('addToCart.term'),
                  billingCycle: t('addToCart.billingCycle'),
                  quantity: t('addToCart.quantity'),
                  promotionId: t('addToCart.promotion'),
                }}
              />
              {missingQualification ? (
                <QualificationNotice
                  sku={sku}
                  customerId={customerId}
                  customerName={customerName}
                  missing={missingQualification}
                  returnTo={`${location.pathname}${location.search}`}
                  onNavigate={onClose}
                />
              ) : null}
              {purchasable.length === 0 ? (
                <MessageBar intent="warning">
                  <MessageBarBody>{t('addToCart.notPurchasable', { date: onSale ?? '' })}</MessageBarBody>
                </MessageBar>
              ) : null}
              <Controller
                control={control}
                name="termDuration"
                render={({ field }) => (
                  <Field label={t('addToCart.term')}>
                    <Select
                      value={field.value}
                      onChange={(_event, data) => {
                        field.onChange(data.value);
                        const next = purchasable.find(
                          (candidate) => candidate.terms[0]?.duration === data.value,
                        );
                        setValue('billingCycle', next?.prices[0]?.billingCycle ?? 'monthly');
                      }}
                    >
                      {purchasable.map((candidate) => {
                        const duration = candidate.terms[0]?.duration ?? 'P1M';
                        return (
                          <option key={candidate.id} value={duration}>
                            {t(`termLong.${duration}`)}
                          </option>
                        );
                      })}
                    </Select>
                  </Field>
                )}
              />
              <Controller
                control={control}
                name="billingCycle"
                render={({ field }) => (
                  <Field label={t('addToCart.billingCycle')}>
                    <Select value={field.value} onChange={(_event, data) => field.onChange(data.value)}>
                      {cycles.map((cycle) => (
                        <option key={cycle} value={cycle}>
                          {t(`billingCycles.${cycle}`)}
                        </option>
                      ))}
                    </Select>
                  </Field>
                )}
              />
              <Controller
                control={control}
                name="quantity"
                render={({ field }) => (
                  <Field
                    label={t('addToCart.quantity')}
                    hint={t('addToCart.quantityHint', { min, max })}
                    validationMessage={formState.errors.quantity?.message}
                  >
                    <Input
                      type="number"
                      inputMode="numeric"
                      min={min}
                      max={max}
                      value={String(field.value)}
                      onChange={(_event, data) => field.onChange(data.value)}
                      onBlur={field.onBlur}
                    />
                  </Field>
                )}
              />
              {applicable.length > 0 ? (
                <Controller
                  control={control}
                  name="promotionId"
                  render={({ field }) => (
                    <Field label={t('addToCart.promotion')}>
                      <Select value={field.value} onChange={(_event, data) => field.onChange(data.value)}>
                        <option value="">{t('addToCart.noPromotion')}</option>
                        {applicable.map((promotion) => (
                          <option key={promotion.id} value={promotion.id}>
                            {promotion.name}
                          </option>
                        ))}
                      </Select>
                    </Field>
                  )}
                />
              ) : null}
            </DialogContent>
            <DialogActions>
              <Button appearance="secondary" onClick={onClose}>
                {tCommon('actions.cancel')}
              </Button>
              <Button
                appearance="primary"
                type="submit"
                disabled={purchasable.length === 0 || Boolean(missingQualification) || qualificationPending}
              >
                {t('addToCart.submit')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
