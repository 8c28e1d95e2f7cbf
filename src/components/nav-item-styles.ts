import { makeStyles, tokens } from '@fluentui/react-components';

/**
 * The look of an entry in a vertical navigation list (the side navigation, account settings, the
 * announcement months): each place adds its own layout and padding. Every background comes with
 * its own foreground, because in the high-contrast theme they are Highlight and HighlightText.
 */
export const useNavItemStyles = makeStyles({
  item: {
    borderRadius: tokens.borderRadiusMedium,
    color: tokens.colorNeutralForeground1,
    textDecoration: 'none',
    ':hover': {
      backgroundColor: tokens.colorNeutralBackground1Hover,
      color: tokens.colorNeutralForeground1Hover,
    },
    ':focus-visible': { outline: `2px solid ${tokens.colorStrokeFocus2}`, outlineOffset: '-2px' },
  },
  current: {
    backgroundColor: tokens.colorNeutralBackground1Selected,
    color: tokens.colorNeutralForeground1Selected,
    fontWeight: tokens.fontWeightSemibold,
    boxShadow: `inset 3px 0 0 ${tokens.colorBrandForeground1}`,
    ':hover': { color: tokens.colorNeutralForeground1Selected },
  },
});
