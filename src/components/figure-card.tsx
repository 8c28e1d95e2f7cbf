import {
  Card,
  CardHeader,
  Skeleton,
  SkeletonItem,
  Text,
  makeStyles,
  tokens,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CardTitle } from './card-title';

const useStyles = makeStyles({
  // The same height whether the figure, a skeleton or a progress line shows: nothing moves when it arrives.
  slot: {
    display: 'flex',
    alignItems: 'center',
    minHeight: tokens.lineHeightHero800,
  },
  figure: {
    fontSize: tokens.fontSizeHero800,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightHero800,
  },
  skeleton: { width: '96px' },
});

interface FigureCardProps {
  label: string;
  /** The figure as shown (already formatted); undefined while it is not known yet. */
  figure: string | undefined;
  /** What to say while the figure is not known (a skeleton when there is nothing more to say). */
  progress?: string;
  link: ReactNode;
}

/**
 * A dashboard card with one large figure. Its heading and link show at once and each figure fills
 * in when its own data arrives, so one slow count never holds back the others.
 */
export function FigureCard({ label, figure, progress, link }: FigureCardProps) {
  const { t } = useTranslation();
  const styles = useStyles();
  return (
    <Card>
      <CardHeader header={<CardTitle>{label}</CardTitle>} />
      <div className={styles.slot}>
        {figure !== undefined ? (
          <span className={styles.figure}>{figure}</span>
        ) : progress ? (
          <Text size={200}>{progress}</Text>
        ) : (
          <Skeleton aria-label={t('states.loading')} className={styles.skeleton}>
            <SkeletonItem size={32} />
          </Skeleton>
        )}
      </div>
      {link}
    </Card>
  );
}
