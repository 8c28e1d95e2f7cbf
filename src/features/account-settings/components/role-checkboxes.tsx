import { Checkbox, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import { useController, type Control, type FieldValues, type Path } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { RoleAssignment } from '@/lib/api-types/account';
import { commercialRoles, developerRoles, type Role } from '@/lib/permissions';

const useStyles = makeStyles({
  groups: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fit, minmax(280px, 1fr))',
    gap: tokens.spacingHorizontalXL,
  },
  fieldset: { border: 'none', margin: 0, padding: 0, minWidth: 0 },
  legend: { fontWeight: tokens.fontWeightSemibold, marginBottom: tokens.spacingVerticalS, padding: 0 },
  option: { display: 'flex', flexDirection: 'column', marginBottom: tokens.spacingVerticalXS },
  description: { color: tokens.colorNeutralForeground2, paddingLeft: '36px' },
});

function RoleGroup<R extends Role>({
  legend,
  roles,
  value,
  disabled,
  onChange,
}: {
  legend: string;
  roles: readonly R[];
  value: readonly R[];
  disabled: boolean;
  onChange: (next: R[]) => void;
}) {
  const { t } = useTranslation('roles');
  const styles = useStyles();
  const idPrefix = useId();
  return (
    <fieldset className={styles.fieldset}>
      <legend className={styles.legend}>{legend}</legend>
      {roles.map((role) => {
        const descriptionId = `${idPrefix}-${role}`;
        return (
          <div key={role} className={styles.option}>
            <Checkbox
              label={t(`${role}.name`)}
              checked={value.includes(role)}
              disabled={disabled}
              aria-describedby={descriptionId}
              onChange={(_event, data) =>
                onChange(
                  data.checked
                    ? roles.filter((r) => r === role || value.includes(r))
                    : value.filter((r) => r !== role),
                )
              }
            />
            <Text id={descriptionId} size={200} className={styles.description}>
              {t(`${role}.description`)}
            </Text>
          </div>
        );
      })}
    </fieldset>
  );
}

/** Commercial and developer roles side by side, each with what it allows. */
export function RoleCheckboxes({
  value,
  onChange,
  disabled = false,
}: {
  value: RoleAssignment;
  onChange: (next: RoleAssignment) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation('accountSettings');
  const styles = useStyles();
  return (
    <div className={styles.groups}>
      <RoleGroup
        legend={t('roles.commercial')}
        roles={commercialRoles}
        value={value.commercialRoles}
        disabled={disabled}
        onChange={(commercial) => onChange({ ...value, commercialRoles: commercial })}
      />
      <RoleGroup
        legend={t('roles.developer')}
        roles={developerRoles}
        value={value.developerRoles}
        disabled={disabled}
        onChange={(developer) => onChange({ ...value, developerRoles: developer })}
      />
    </div>
  );
}

/** Role names for a table cell. */
export function useRoleNames() {
  const { t } = useTranslation('roles');
  return (roles: readonly Role[]) => roles.map((role) => t(`${role}.name`)).join(', ');
}

/** The role checkboxes bound to a form whose values carry both role families (new user, user page). */
export function RoleFields<Values extends FieldValues & RoleAssignment>({
  control,
  disabled = false,
}: {
  control: Control<Values>;
  disabled?: boolean;
}) {
  const commercial = useController({ control, name: 'commercialRoles' as Path<Values> });
  const developer = useController({ control, name: 'developerRoles' as Path<Values> });
  return (
    <RoleCheckboxes
      disabled={disabled}
      value={{ commercialRoles: commercial.field.value, developerRoles: developer.field.value }}
      onChange={(next) => {
        commercial.field.onChange(next.commercialRoles);
        developer.field.onChange(next.developerRoles);
      }}
    />
  );
}
