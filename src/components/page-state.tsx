import { Skeleton, SkeletonItem, makeStyles, tokens } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS, maxWidth: '720px' },
});

/** A placeholder the size of a table or form while it loads (announced once as loading). */
export function LoadingBlock({ rows = 5 }: { rows?: number }) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Skeleton aria-label={t('states.loading')} className={styles.root}>
      {Array.from({ length: rows }, (_, index) => (
        <SkeletonItem key={index} size={24} />
      ))}
    </Skeleton>
  );
}
