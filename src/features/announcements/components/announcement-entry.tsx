import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import { ChevronDown20Regular, ChevronRight20Regular, Link20Regular } from '@fluentui/react-icons';
import { forwardRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

import { useNotify } from '@/components/notify';
import type { Announcement } from '@/lib/api-types/announcements';
import { useFormatters } from '@/lib/locale';
import { appLinkHref } from '../app-links';
import { permalinkPath } from '../paths';
import { AnnouncementBlocks } from './announcement-blocks';
import { AnnouncementImpactPanel } from './announcement-impact';
import { Highlighted } from './highlighted';
import { AppLink } from '@/components/app-link';

const useStyles = makeStyles({
  article: {
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
    padding: `${tokens.spacingVerticalM} 0`,
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    scrollMarginTop: tokens.spacingVerticalXXL,
  },
  heading: { margin: 0 },
  toggle: {
    display: 'flex',
    alignItems: 'flex-start',
    gap: tokens.spacingHorizontalS,
    width: '100%',
    padding: tokens.spacingVerticalXXS,
    border: 'none',
    background: 'none',
    textAlign: 'left',
    cursor: 'pointer',
    color: tokens.colorNeutralForeground1,
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase500,
    lineHeight: tokens.lineHeightBase500,
    fontWeight: tokens.fontWeightSemibold,
    borderRadius: tokens.borderRadiusMedium,
    ':hover': { color: tokens.colorBrandForeground1 },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}` },
  },
  chevron: { flexShrink: 0, marginTop: '4px' },
  meta: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    gap: tokens.spacingHorizontalS,
    paddingLeft: tokens.spacingHorizontalXXL,
    color: tokens.colorNeutralForeground2,
  },
  indented: { paddingLeft: tokens.spacingHorizontalXXL },
  summary: { margin: 0, maxWidth: '80ch' },
  body: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
    paddingLeft: tokens.spacingHorizontalXXL,
  },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sectionHeading: { margin: 0 },
  actions: { display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: tokens.spacingHorizontalM },
  appLinks: { margin: 0, paddingLeft: tokens.spacingHorizontalXXL },
  unreadTitle: { fontWeight: tokens.fontWeightBold },
});

export function entryElementId(entry: Announcement): string {
  return `announcement-${entry.month}-${entry.slug}`;
}

interface Props {
  entry: Announcement;
  expanded: boolean;
  onToggle: () => void;
}

/** One announcement: an `<article>` whose title button expands the details below it. */
export const AnnouncementEntry = forwardRef<HTMLButtonElement, Props>(function AnnouncementEntry(
  { entry, expanded, onToggle },
  toggleRef,
) {
  const { t } = useTranslation('announcements');
  const format = useFormatters();
  const styles = useStyles();
  const elementId = entryElementId(entry);
  const titleId = `${elementId}-title`;
  const bodyId = `${elementId}-body`;
  return (
    <article id={elementId} aria-labelledby={titleId} className={styles.article}>
      <h2 className={styles.heading}>
        <button
          ref={toggleRef}
          type="button"
          id={titleId}
          aria-expanded={expanded}
          aria-controls={bodyId}
          onClick={onToggle}
          className={mergeClasses(styles.toggle, !entry.isRead && styles.unreadTitle)}
        >
          {expanded ? (
            <ChevronDown20Regular className={styles.chevron} aria-hidden />
          ) : (
            <ChevronRight20Regular className={styles.chevron} aria-hidden />
          )}
          <span>
            <Highlighted text={entry.title} />
          </span>
        </button>
      </h2>
      <div className={styles.meta}>
        <Text size={200}>
          <time dateTime={entry.date}>{t('entry.published', { date: format.date(entry.date) })}</time>
        </Text>
        <Badge appearance="tint" color="brand" shape="rounded">
          {entry.category.label}
        </Badge>
        {entry.topics.map((topic) => (
          <Badge key={topic.id} appearance="outline" color="informative" shape="rounded">
            {topic.label}
          </Badge>
        ))}
        {entry.isRead ? null : (
          <Badge appearance="filled" color="important" shape="rounded">
            {t('entry.unread')}
          </Badge>
        )}
      </div>
      <p className={mergeClasses(styles.summary, styles.indented)}>
        <Highlighted text={entry.summary} />
      </p>
      <div id={bodyId} hidden={!expanded} className={styles.body}>
        {expanded ? <EntryBody entry={entry} /> : null}
      </div>
    </article>
  );
});

function EntryBody({ entry }: { entry: Announcement }) {
  const { t } = useTranslation('announcements');
  const styles = useStyles();
  return (
    <>
      <AnnouncementImpactPanel entry={entry} />
      <section className={styles.section}>
        <Text as="h3" weight="semibold" className={styles.sectionHeading}>
          {t('entry.audience')}
        </Text>
        <Text>
          <Highlighted text={entry.audience} />
        </Text>
      </section>
      <section className={styles.section}>
        <Text as="h3" weight="semibold" className={styles.sectionHeading}>
          {t('entry.details')}
        </Text>
        <AnnouncementBlocks blocks={entry.details} />
      </section>
      {entry.nextSteps.length > 0 ? (
        <section className={styles.section}>
          <Text as="h3" weight="semibold" className={styles.sectionHeading}>
            {t('entry.nextSteps')}
          </Text>
          <AnnouncementBlocks blocks={entry.nextSteps} />
        </section>
      ) : null}
      {entry.appLinks.length > 0 ? (
        <section className={styles.section}>
          <Text as="h3" weight="semibold" className={styles.sectionHeading}>
            {t('entry.appLinks')}
          </Text>
          <ul className={styles.appLinks}>
            {entry.appLinks.map((link) => (
              <li key={link.target}>
                <AppLink to={appLinkHref(link.target)}>
                  <Highlighted text={link.label} />
                </AppLink>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <EntryActions entry={entry} />
    </>
  );
}

function EntryActions({ entry }: { entry: Announcement }) {
  const { t } = useTranslation('announcements');
  const styles = useStyles();
  const notify = useNotify();
  const [copied, setCopied] = useState(false);
  const path = permalinkPath(entry);
  const copy = async () => {
    const url = new URL(path, window.location.origin).toString();
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
      notify(t('entry.linkCopiedNotice', { title: entry.title }));
      window.setTimeout(() => setCopied(false), 4000);
    } catch {
      notify(t('entry.copyFailed', { url }), 'error');
    }
  };
  return (
    <div className={styles.actions}>
      <Button icon={<Link20Regular />} onClick={() => void copy()}>
        {copied ? t('entry.linkCopied') : t('entry.copyLink')}
      </Button>
      <AppLink to={path} aria-label={t('entry.permalinkLabel', { title: entry.title })}>
        {t('entry.permalink')}
      </AppLink>
    </div>
  );
}
