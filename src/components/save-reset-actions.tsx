import { Button, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({ actions: { display: 'flex', gap: tokens.spacingHorizontalS } });

/** Save and Reset for a profile form: both wait for a change, and neither acts while a save runs. */
export function SaveResetActions({
  isDirty,
  isPending,
  onReset,
}: {
  isDirty: boolean;
  isPending: boolean;
  onReset: () => void;
}) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <div className={styles.actions}>
      <Button appearance="primary" type="submit" disabled={!isDirty || isPending}>
        {isPending ? t('actions.saving') : t('actions.save')}
      </Button>
      <Button disabled={!isDirty || isPending} onClick={onReset}>
        {t('actions.reset')}
      </Button>
    </div>
  );
}
