import { Button, Field, makeStyles, Select, tokens } from '@fluentui/react-components';
import { SearchBox } from '@/components/search-box';
import { DismissCircle20Regular } from '@fluentui/react-icons';
import { useTranslation } from 'react-i18next';
import type { AnnouncementCategory } from '@/lib/api-types/announcements';
import type { FeedFilters } from '../use-feed-filters';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalL,
    marginBottom: tokens.spacingVerticalM,
  },
  search: { flexGrow: 1, minWidth: '240px', maxWidth: '480px' },
  category: { minWidth: '220px' },
});

export function FeedFiltersBar({
  filters,
  categories,
  topicIds,
  onChange,
  onClear,
}: {
  filters: FeedFilters;
  categories: AnnouncementCategory[];
  /** Sub-topics used by this month's entries: offering the others would only lead to empty lists. */
  topicIds: ReadonlySet<string>;
  onChange: (name: keyof FeedFilters, value: string) => void;
  onClear: () => void;
}) {
  const { t } = useTranslation('announcements');
  const styles = useStyles();
  const topLevel = categories.filter((c) => c.kind === 'category');
  const topics = categories.filter(
    (c) => c.kind === 'topic' && (topicIds.has(c.id) || c.id === filters.category),
  );
  const active = Boolean(filters.q || filters.category);
  return (
    <div role="search" className={styles.root} aria-label={t('filters.label')}>
      <Field label={t('filters.search')} hint={t('filters.searchHint')} className={styles.search}>
        <SearchBox value={filters.q} onChange={(_event, data) => onChange('q', data.value)} />
      </Field>
      <Field label={t('filters.category')} className={styles.category}>
        <Select value={filters.category} onChange={(_event, data) => onChange('category', data.value)}>
          <option value="">{t('filters.allCategories')}</option>
          <optgroup label={t('filters.categories')}>
            {topLevel.map((category) => (
              <option key={category.id} value={category.id}>
                {category.label}
              </option>
            ))}
          </optgroup>
          {topics.length > 0 ? (
            <optgroup label={t('filters.topics')}>
              {topics.map((topic) => (
                <option key={topic.id} value={topic.id}>
                  {topic.label}
                </option>
              ))}
            </optgroup>
          ) : null}
        </Select>
      </Field>
      <Button icon={<DismissCircle20Regular />} onClick={onClear} disabled={!active}>
        {t('filters.clear')}
      </Button>
    </div>
  );
}
