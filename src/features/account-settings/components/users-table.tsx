import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  tokens,
} from '@fluentui/react-components';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { AppLink } from '@/components/app-link';
import { EmailAddress } from '@/components/email-address';
import { TableScroller } from '@/components/table-scroller';
import type { PartnerUser } from '@/lib/api-types/users';
import { useFormatters } from '@/lib/locale';
import { parseUserSort, type UserSortKey } from '@/lib/user-search';
import { useRoleNames } from './role-checkboxes';

const useStyles = makeStyles({
  muted: { color: tokens.colorNeutralForeground2 },
  // Fixed shares, so the columns keep still while the search narrows the rows. Addresses are the
  // longest values and get the most room; one still too long wraps inside its column.
  nameColumn: { width: '14%' },
  emailColumn: { width: '29%' },
  rolesColumn: { width: '22.5%' },
  signInColumn: { width: '12%' },
  email: { overflowWrap: 'anywhere' },
});

/**
 * One page of the users list. Memoized: typing in the search box re-renders the page on every
 * keystroke, and only a changed page of rows (or sort) needs the table again.
 */
export const UsersTable = memo(function UsersTable({
  users,
  sort,
  onSort,
}: {
  users: readonly PartnerUser[];
  sort: string;
  onSort: (sort: string) => void;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  const format = useFormatters();
  const roleNames = useRoleNames();
  const current = parseUserSort(sort);
  const sortProps = (column: UserSortKey) => ({
    sortDirection:
      current.key === column
        ? current.descending
          ? ('descending' as const)
          : ('ascending' as const)
        : undefined,
    onClick: () => onSort(current.key === column && !current.descending ? `-${column}` : column),
  });

  return (
    <TableScroller label={t('users.tableLabel')} minWidth="720px">
      <Table aria-label={t('users.tableLabel')} sortable size="small">
        <TableHeader>
          <TableRow>
            <TableHeaderCell {...sortProps('displayName')} className={styles.nameColumn}>
              {t('users.name')}
            </TableHeaderCell>
            <TableHeaderCell {...sortProps('email')} className={styles.emailColumn}>
              {t('users.email')}
            </TableHeaderCell>
            <TableHeaderCell className={styles.rolesColumn}>{t('users.commercialRoles')}</TableHeaderCell>
            <TableHeaderCell className={styles.rolesColumn}>{t('users.developerRoles')}</TableHeaderCell>
            <TableHeaderCell {...sortProps('lastSignIn')} className={styles.signInColumn}>
              {t('users.lastSignIn')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {/* Keyed by position: a keystroke changes most rows, and updating the 25 rows on screen
              costs far less than unmounting and mounting their Fluent cells (the rows hold no state). */}
          {users.map((user, position) => (
            <TableRow key={position}>
              <TableCell>
                <AppLink to={`/settings/account/users/${encodeURIComponent(user.id)}`}>
                  {user.displayName}
                </AppLink>
              </TableCell>
              <TableCell className={styles.email}>
                <EmailAddress address={user.email} />
              </TableCell>
              <TableCell>
                {roleNames(user.commercialRoles) || <span className={styles.muted}>{t('users.none')}</span>}
              </TableCell>
              <TableCell>
                {roleNames(user.developerRoles) || <span className={styles.muted}>{t('users.none')}</span>}
              </TableCell>
              <TableCell>{user.lastSignIn ? format.date(user.lastSignIn) : t('users.never')}</TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScroller>
  );
});
