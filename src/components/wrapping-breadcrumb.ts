import { makeStyles } from '@fluentui/react-components';

/**
 * Fluent keeps a breadcrumb on one line, so on a phone a long trail ran past the screen's edge and
 * the whole page scrolled sideways. Pass as the Breadcrumb's `list` slot: the trail wraps instead.
 */
export const useWrappingBreadcrumb = makeStyles({ list: { flexWrap: 'wrap' } });
