import { screen } from '@testing-library/react';
import { describe } from 'vitest';
import { seededGuid } from '@/mocks/db/seed-ids';
import { stubLayout } from '../catalog/layout-stubs';
import { faultScenarios } from './fault-scenarios';

stubLayout();

describe('catalog page under faults', { timeout: 40_000 }, () => {
  faultScenarios({
    url: `/catalog?customer=${seededGuid('customer:contosooutdoor')}`,
    loading: 'Catalog',
    ready: () => screen.findByRole('table', { name: 'Catalog SKUs' }, { timeout: 15_000 }),
    throttled: true,
  });
});
