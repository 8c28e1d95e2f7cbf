import { makeStyles, ProgressBar } from '@fluentui/react-components';
import { useTranslation } from 'react-i18next';

const useStyles = makeStyles({
  progress: { position: 'absolute', left: 0, right: 0, bottom: 0 },
});

/** The bar along the header's bottom edge while a navigation loads (its own chunk: a first paint has none). */
export default function NavigationProgress() {
  const { t } = useTranslation('shell');
  const styles = useStyles();
  return <ProgressBar className={styles.progress} aria-label={t('progress')} />;
}
