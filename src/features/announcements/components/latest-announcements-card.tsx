import { Badge, Card, CardHeader, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';

import { ErrorState } from '@/components/error-state';
import { toSupportedLanguage, useFormatters } from '@/lib/locale';
import { latestAnnouncementsQuery } from '../api';
import { permalinkPath } from '../paths';
import { AppLink } from '@/components/app-link';
import { CardTitle } from '@/components/card-title';
import { latestCount } from '../prefetch';

const useStyles = makeStyles({
  list: {
    listStyle: 'none',
    margin: 0,
    padding: 0,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS },
  meta: {
    display: 'flex',
    gap: tokens.spacingHorizontalS,
    alignItems: 'center',
    color: tokens.colorNeutralForeground2,
  },
});

/**
 * Home's card: the newest few announcements, each linking to its permalink. Part of Home's chunk, not
 * a lazy one: a lazy card suspended once on Home, and React holds a revealed boundary back for up to
 * 300 ms after a fallback, so the entries painted 230-450 ms after they had arrived.
 */
export function LatestAnnouncementsCard({ size = latestCount }: { size?: number }) {
  const { t, i18n } = useTranslation('announcements');
  const { t: tCommon } = useTranslation();
  const format = useFormatters();
  const styles = useStyles();
  const latest = useQuery(latestAnnouncementsQuery(size, toSupportedLanguage(i18n.language)));
  return (
    <Card>
      <CardHeader header={<CardTitle>{t('home.title')}</CardTitle>} />
      {latest.error ? (
        <ErrorState error={latest.error} onRetry={() => void latest.refetch()} />
      ) : !latest.data ? (
        <Text role="status">{tCommon('states.loading')}</Text>
      ) : latest.data.length === 0 ? (
        <Text>{t('home.empty')}</Text>
      ) : (
        <ul className={styles.list}>
          {latest.data.map((entry) => (
            <li key={entry.id} className={styles.item}>
              <AppLink to={permalinkPath(entry)}>{entry.title}</AppLink>
              <span className={styles.meta}>
                <Text size={200}>
                  <time dateTime={entry.date}>{format.date(entry.date)}</time>
                </Text>
                {entry.isRead ? null : (
                  <Badge appearance="filled" color="important" size="small" shape="rounded">
                    {t('entry.unread')}
                  </Badge>
                )}
              </span>
            </li>
          ))}
        </ul>
      )}
      <AppLink to="/announcements">{t('home.viewAll')}</AppLink>
    </Card>
  );
}
