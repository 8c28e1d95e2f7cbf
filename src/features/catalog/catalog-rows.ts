import type { Availability, Product, Sku } from '@/lib/api-types/catalog';

/** The product-type filter: Partner Center's product types plus the add-on view. */
export const productTypeFilters = ['all', 'OnlineServices', 'Azure', 'Software', 'SaaS', 'Addons'] as const;
export type ProductTypeFilter = (typeof productTypeFilters)[number];

export function toProductTypeFilter(value: string | null): ProductTypeFilter {
  return (productTypeFilters as readonly string[]).includes(value ?? '')
    ? (value as ProductTypeFilter)
    : 'all';
}

/** Education, government and nonprofit SKUs are sold only to customers qualified for them. */
export const segmentFilters = ['all', 'commercial', 'education', 'government', 'nonprofit'] as const;
export type SegmentFilter = (typeof segmentFilters)[number];

export function toSegmentFilter(value: string | null): SegmentFilter {
  return (segmentFilters as readonly string[]).includes(value ?? '') ? (value as SegmentFilter) : 'all';
}

export interface CatalogRow {
  key: string;
  product: Product;
  sku: Sku;
  availabilities: Availability[];
  isAddon: boolean;
  /** Lower-cased text the search matches against, computed once per catalog load. */
  haystack: string;
}

export function toRows(products: Product[]): CatalogRow[] {
  return products.flatMap((product) =>
    (product.skus ?? []).map((sku) => ({
      key: `${product.id}:${sku.id}`,
      product,
      sku,
      availabilities: sku.availabilities ?? [],
      isAddon:
        sku.dynamicAttributes.isAddon === true && (sku.dynamicAttributes.prerequisiteSkus?.length ?? 0) > 0,
      haystack: `${product.title} ${sku.title} ${product.publisherName ?? ''} ${product.id}`.toLowerCase(),
    })),
  );
}

function matchesType(row: CatalogRow, type: ProductTypeFilter): boolean {
  switch (type) {
    case 'all':
      return true;
    case 'Addons':
      return row.isAddon;
    case 'OnlineServices':
      return row.product.productType.id === 'OnlineServicesNCE';
    default:
      return row.product.productType.id === type;
  }
}

const matchesSegment = (row: CatalogRow, segment: SegmentFilter) =>
  segment === 'all' || row.availabilities.some((availability) => availability.segment === segment);

export function filterRows(
  rows: CatalogRow[],
  query: string,
  type: ProductTypeFilter,
  segment: SegmentFilter = 'all',
): CatalogRow[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter(
    (row) =>
      matchesType(row, type) &&
      matchesSegment(row, segment) &&
      words.every((word) => row.haystack.includes(word)),
  );
}

/** Names for `"{productId}:{skuId}"` keys, from the loaded catalog. */
export function skuNames(rows: CatalogRow[]): Map<string, string> {
  return new Map(rows.map((row) => [row.key, row.sku.title]));
}
