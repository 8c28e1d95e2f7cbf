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
} from '@fluentui/react-components';
import { zodResolver } from '@hookform/resolvers/zod';
import { useMutation } from '@tanstack/react-query';
import { Controller, useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from '@/lib/zod';
import { ErrorState } from '@/components/error-state';
import { ErrorSummary, errorSummaryFormOptions } from '@/components/error-summary';
import { useSingleSubmit } from '@/components/use-single-submit';
import { ApiError } from '@/lib/api-error';
import type { Subscription } from '@/lib/api-types/catalog';
import { useFormatters } from '@/lib/locale';

/** Add licences (any time) or remove the ones still inside their 168-hour window. */
export function QuantityDialog({
  subscription,
  mode,
  reducible,
  onSave,
  onClose,
}: {
  subscription: Subscription;
  mode: 'add' | 'reduce';
  reducible: number;
  onSave: (quantity: number) => Promise<unknown>;
  onClose: () => void;
}) {
  const { t } = useTranslation('subscriptions');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const current = subscription.quantity;
  const min = mode === 'add' ? current + 1 : Math.max(1, current - reducible);
  const schema = z.object({
    quantity: z.coerce
      .number<string>()
      .int(t('subscriptions.quantityWhole'))
      .refine((value) => (mode === 'add' ? value > current : value < current), {
        message: t('subscriptions.quantityTooLow', { min: current }),
      })
      .refine((value) => value >= min, {
        message: t('subscriptions.quantityTooHigh', { count: reducible, min }),
      }),
  });
  const form = useForm<z.input<typeof schema>, unknown, z.output<typeof schema>>({
    ...errorSummaryFormOptions,
    resolver: zodResolver(schema),
    defaultValues: { quantity: String(mode === 'add' ? current + 1 : current - 1) },
  });
  const { control, handleSubmit, formState, setError } = form;
  const save = useMutation({
    mutationFn: (quantity: number) => onSave(quantity),
    onSuccess: onClose,
    onError: (error) => {
      const field =
        error instanceof ApiError ? error.fieldErrors().find((item) => item.field === 'quantity') : undefined;
      if (field) setError('quantity', { type: 'server', message: field.message });
    },
  });
  const submit = useSingleSubmit(handleSubmit, (values) => save.mutateAsync(values.quantity));
  return (
    <Dialog open onOpenChange={(_event, data) => (data.open ? undefined : onClose())}>
      <DialogSurface>
        <form noValidate onSubmit={submit}>
          <DialogBody>
            <DialogTitle>
              {t('subscriptions.changeQuantityTitle', { name: subscription.friendlyName })}
            </DialogTitle>
            <DialogContent>
              <ErrorSummary form={form} labels={{ quantity: t('subscriptions.newQuantity') }} />
              <Controller
                control={control}
                name="quantity"
                render={({ field }) => (
                  <Field
                    label={t('subscriptions.newQuantity')}
                    hint={`${t('subscriptions.currentQuantity', { quantity: format.number(current) })} ${
                      mode === 'add'
                        ? t('subscriptions.quantityHintAdd')
                        : t('subscriptions.quantityHintReduce', { count: reducible })
                    }`}
                    validationMessage={formState.errors.quantity?.message}
                  >
                    <Input
                      type="number"
                      inputMode="numeric"
                      value={String(field.value)}
                      onChange={(_event, data) => field.onChange(data.value)}
                      onBlur={field.onBlur}
                    />
                  </Field>
                )}
              />
              {save.isError ? <ErrorState error={save.error} /> : null}
            </DialogContent>
            <DialogActions>
              <Button onClick={onClose}>{tCommon('actions.cancel')}</Button>
              <Button appearance="primary" type="submit" disabled={save.isPending}>
                {t('subscriptions.apply')}
              </Button>
            </DialogActions>
          </DialogBody>
        </form>
      </DialogSurface>
    </Dialog>
  );
}
