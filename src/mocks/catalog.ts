/**
 * Builds Partner Center catalog resources (Product, Sku, Availability) from the fixtures for one
 * market, and answers the lookups the cart and subscription handlers need.
 */
import { requiredQualification } from '@/lib/purchase-qualification';
import type {
  Availability,
  BillingCycle,
  ItemType,
  Product,
  ProductPromotion,
  PromotionRequiredProduct,
  Sku,
  TermDuration,
} from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { termMonths } from '@/lib/commerce-rules';
import {
  billingCurrency,
  monthlyTermPremium,
  productFixtures,
  promotionFixtures,
  termBillingCycles,
  marketFor,
  type ProductFixture,
  type PromotionFixture,
  type SkuFixture,
} from './data/catalog';
import type { AnswerLanguage, Localized } from './locale';

const productTypes: Record<ProductFixture['productType'], ItemType> = {
  OnlineServicesNCE: { id: 'OnlineServicesNCE', displayName: 'OnlineServicesNCE' },
  Azure: { id: 'Azure', displayName: 'Azure' },
  Software: { id: 'Software', displayName: 'Software' },
  SaaS: { id: 'SaaS', displayName: 'SaaS' },
};

/** `targetView` values and the product types they list. */
export const targetViews: Record<string, ProductFixture['productType']> = {
  OnlineServices: 'OnlineServicesNCE',
  Azure: 'Azure',
  MicrosoftAzure: 'Azure',
  Software: 'Software',
  SoftwareSubscriptions: 'Software',
  MarketplaceSaaS: 'SaaS',
};

let mode: 'fixtures' | 'generated' = 'fixtures';
let generated: ProductFixture[] | undefined;

/** The bench asks for a large generated catalog (`?catalog=generated`); everything else uses the fixtures. */
export function setCatalogMode(next: 'fixtures' | 'generated'): void {
  mode = next;
}

export function catalogFixtures(): ProductFixture[] {
  if (mode === 'fixtures') return productFixtures;
  generated ??= [...productFixtures, ...generateCatalog(10_000 - countSkus(productFixtures))];
  return generated;
}

function countSkus(products: ProductFixture[]): number {
  return products.reduce((sum, product) => sum + product.skus.length, 0);
}

const words = [
  'Contoso',
  'Fabrikam',
  'Northwind',
  'Tailspin',
  'Litware',
  'Adventure',
  'Proseware',
  'Wingtip',
];
const nouns = ['Analytics', 'Backup', 'Security', 'Meetings', 'Archive', 'Insights', 'Forms', 'Devices'];

/** Deterministic filler: 5 SKUs per product, every fifth SKU an add-on to the first SKU of its product. */
function generateCatalog(skuCount: number): ProductFixture[] {
  const products: ProductFixture[] = [];
  for (let index = 0; products.length * 5 < skuCount; index += 1) {
    const id = `GEN${index.toString(36).toUpperCase().padStart(9, '0')}`;
    const name = `${words[index % words.length]} ${nouns[(index >> 3) % nouns.length]} ${index}`;
    products.push({
      id,
      title: name,
      description: {
        en: `Generated product ${index} for the catalog benchmark.`,
        fr: `Produit ${index} généré pour la mesure du catalogue.`,
      },
      productType: index % 7 === 0 ? 'SaaS' : 'OnlineServicesNCE',
      publisherName: index % 7 === 0 ? `${words[index % words.length]} Software` : 'Microsoft Corporation',
      skus: Array.from({ length: 5 }, (_, s) => ({
        id: `000${s + 1}`,
        title: `${name} Plan ${s + 1}`,
        description: { en: `Plan ${s + 1} of ${name}.`, fr: `Formule ${s + 1} de ${name}.` },
        segment: s === 3 ? 'education' : 'commercial',
        usdPerMonth: 2 + ((index * 7 + s * 3) % 60),
        terms: ['P1M', 'P1Y'] as TermDuration[],
        ...(s === 4 ? { prerequisites: [`${id}:0001`] } : {}),
      })),
    });
  }
  const kept = products.slice(0, Math.ceil(skuCount / 5));
  const last = kept.at(-1);
  if (last) last.skus = last.skus.slice(0, skuCount - (kept.length - 1) * 5);
  return kept;
}

export function soldIn(skuFixture: SkuFixture, country: string): boolean {
  return !skuFixture.markets || skuFixture.markets.includes(country.toUpperCase());
}

export function availabilityId(productId: string, skuId: string, term: TermDuration): string {
  return `${productId.slice(0, 6)}${skuId}${term}`.toUpperCase();
}

const link = (uri: string) => ({ uri, method: 'GET', headers: [] });

export function toProduct(product: ProductFixture, country: string, language: AnswerLanguage): Product {
  return {
    id: product.id,
    title: product.title,
    description: product.description[language],
    productType: productTypes[product.productType],
    isMicrosoftProduct: product.publisherName === 'Microsoft Corporation',
    publisherName: product.publisherName,
    links: {
      skus: link(`/products/${product.id}/skus?country=${country}`),
      self: link(`/products/${product.id}?country=${country}`),
    },
    attributes: { objectType: 'Product' },
  };
}

export function toSku(
  product: ProductFixture,
  skuFixture: SkuFixture,
  country: string,
  language: AnswerLanguage,
): Sku {
  return {
    id: skuFixture.id,
    productId: product.id,
    title: skuFixture.title,
    description: skuFixture.description[language],
    minimumQuantity: skuFixture.minimumQuantity ?? 1,
    maximumQuantity: skuFixture.maximumQuantity ?? 10_000,
    isTrial: false,
    supportedBillingCycles: [...new Set(skuFixture.terms.flatMap((term) => termBillingCycles[term]))],
    purchasePrerequisites: ['MicrosoftCloudAgreement'],
    inventoryVariables: [],
    provisioningVariables: [],
    actions: ['Refund'],
    dynamicAttributes: {
      isMicrosoftProduct: product.publisherName === 'Microsoft Corporation',
      hasConstraints: Boolean(skuFixture.markets || requiredQualification(skuFixture)),
      isAddon: Boolean(skuFixture.prerequisites?.length),
      prerequisiteSkus: skuFixture.prerequisites ?? [],
      upgradeTargetOffers: skuFixture.upgradeTargets ?? [],
      conversionInstructions: [],
      ...(skuFixture.includedServices ? { includedServices: skuFixture.includedServices } : {}),
      ...(skuFixture.availableIn ? { availableIn: skuFixture.availableIn } : {}),
      ...(skuFixture.purchasableFrom ? { purchasableFrom: skuFixture.purchasableFrom } : {}),
      ...(skuFixture.legacyOfferIds ? { legacyOfferIds: skuFixture.legacyOfferIds } : {}),
      ...(skuFixture.meteredBilling ? { meteredBilling: true } : {}),
      ...(requiredQualification(skuFixture)
        ? { requiresQualification: requiredQualification(skuFixture) }
        : {}),
    },
    links: {
      availabilities: link(`/products/${product.id}/skus/${skuFixture.id}/availabilities?country=${country}`),
      self: link(`/products/${product.id}/skus/${skuFixture.id}?country=${country}`),
    },
    attributes: { objectType: 'Sku' },
  };
}

const termDescriptions: Record<TermDuration, Localized> = {
  P1M: { en: 'One-Month commitment', fr: 'Engagement d’un mois' },
  P1Y: { en: 'One-Year commitment', fr: 'Engagement d’un an' },
  P3Y: { en: 'Three-Year commitment', fr: 'Engagement de trois ans' },
};

/** Terms spell their billing cycle capitalised ("Annual"), unlike carts and subscriptions. */
const termBillingCycleNames: Record<BillingCycle, string> = {
  monthly: 'Monthly',
  annual: 'Annual',
  triennial: 'Triennial',
  one_time: 'OneTime',
  none: 'None',
};

const billingDescriptions: Record<BillingCycle, Localized> = {
  monthly: { en: 'monthly billing', fr: 'facturation mensuelle' },
  annual: { en: 'yearly billing', fr: 'facturation annuelle' },
  triennial: { en: 'triennial billing', fr: 'facturation triennale' },
  one_time: { en: 'one-time billing', fr: 'facturation unique' },
  none: { en: 'no billing', fr: 'sans facturation' },
};

/** "One-Year commitment for yearly billing", as Partner Center words a term. */
function termDescription(term: TermDuration, cycle: BillingCycle, language: AnswerLanguage): string {
  const joiner = language === 'fr' ? ', ' : ' for ';
  return `${termDescriptions[term][language]}${joiner}${billingDescriptions[cycle][language]}`;
}

export function unitPricePerMonth(skuFixture: SkuFixture, term: TermDuration, country: string): number {
  const base = skuFixture.usdPerMonth * (term === 'P1M' ? monthlyTermPremium : 1);
  return Math.round(base * billingCurrency(country).usdRate * 100) / 100;
}

/** One seat for the whole term: what a cart line and an order line are priced at. */
export function unitPricePerTerm(skuFixture: SkuFixture, term: TermDuration, country: string): number {
  return Math.round(unitPricePerMonth(skuFixture, term, country) * termMonths(term) * 100) / 100;
}

/**
 * One availability per term duration; its `terms` are that duration once per billing cycle, and
 * its renewal instructions renew every term into the same product and SKU. `embed` adds the
 * documented `product` and `sku` (left out where the availability is already nested in its SKU).
 */
export function toAvailabilities(
  product: ProductFixture,
  skuFixture: SkuFixture,
  country: string,
  language: AnswerLanguage,
  { embed = false }: { embed?: boolean } = {},
): Availability[] {
  const currency = billingCurrency(country);
  const today = now().toISOString().slice(0, 10);
  return skuFixture.terms.map((term) => {
    const id = availabilityId(product.id, skuFixture.id, term);
    const terms = termBillingCycles[term].map((cycle) => ({
      id: `${id}-${cycle}`.toLowerCase(),
      duration: term,
      description: termDescription(term, cycle, language),
      billingCycle: termBillingCycleNames[cycle],
      cancellationPolicies: [
        {
          refundOptions: [
            { sequenceId: 0, type: 'Full' as const, expiresAfter: 'P1D' },
            { sequenceId: 1, type: 'Partial' as const, expiresAfter: 'P7D' },
          ],
        },
      ],
    }));
    return {
      id,
      productId: product.id,
      skuId: skuFixture.id,
      catalogItemId: `${product.id}:${skuFixture.id}:${id}`,
      defaultCurrency: { code: currency.code, symbol: currency.symbol },
      segment: skuFixture.segment,
      country: country.toUpperCase(),
      isPurchasable: !skuFixture.purchasableFrom || skuFixture.purchasableFrom <= today,
      isRenewable: true,
      renewalInstructions: [
        {
          applicableTermIds: terms.map((t) => t.id),
          renewalOptions: [{ renewToId: `${product.id}:${skuFixture.id}`, isAutoRenewable: true }],
        },
      ],
      terms,
      prices: termBillingCycles[term].map((billingCycle) => ({
        billingCycle,
        unitPricePerMonth: unitPricePerMonth(skuFixture, term, country),
        currencyCode: currency.code,
      })),
      links: {
        self: link(`/products/${product.id}/skus/${skuFixture.id}/availabilities/${id}?country=${country}`),
      },
      ...(embed
        ? {
            product: toProduct(product, country, language),
            sku: toSku(product, skuFixture, country, language),
          }
        : {}),
      attributes: { objectType: 'Availability' },
    };
  });
}

export function findProduct(productId: string): ProductFixture | undefined {
  return catalogFixtures().find((product) => product.id === productId);
}

export function findSkuFixture(productId: string, skuId: string) {
  const product = findProduct(productId);
  const skuFixture = product?.skus.find((candidate) => candidate.id === skuId);
  return product && skuFixture ? { product, sku: skuFixture } : undefined;
}

/** `{productId}:{skuId}:{availabilityId}` → the fixture and the term it stands for. */
export function resolveCatalogItem(catalogItemId: string) {
  const [productId = '', skuId = '', avId = ''] = catalogItemId.split(':');
  const found = findSkuFixture(productId, skuId);
  if (!found) return undefined;
  const term = found.sku.terms.find((candidate) => availabilityId(productId, skuId, candidate) === avId);
  return term ? { ...found, term } : undefined;
}

export function promotionsFor(country: string): PromotionFixture[] {
  const market = marketFor(country);
  return promotionFixtures.filter(
    (promotion) =>
      (!promotion.markets || promotion.markets.includes(country.toUpperCase())) &&
      (!promotion.regions || (market.region !== undefined && promotion.regions.includes(market.region))),
  );
}

const capitalised = (cycle: string) => cycle.charAt(0).toUpperCase() + cycle.slice(1);

/** Every term and billing cycle of each SKU the promotion applies to, with its discount. */
function requiredProducts(promotion: PromotionFixture): PromotionRequiredProduct[] {
  const discount = [{ policyType: 'PercentDiscount' as const, value: String(promotion.discountFraction) }];
  return promotion.applicableSkus.flatMap((key) => {
    const [productId = '', skuId = ''] = key.split(':');
    const terms =
      productFixtures.find((p) => p.id === productId)?.skus.find((s) => s.id === skuId)?.terms ?? [];
    return terms.flatMap((duration) =>
      termBillingCycles[duration].map((cycle) => ({
        productId,
        skuId,
        term: { duration, billingCycle: capitalised(cycle) },
        pricingPolicies: discount,
      })),
    );
  });
}

export function toPromotion(promotion: PromotionFixture, language: AnswerLanguage): ProductPromotion {
  return {
    id: promotion.id,
    name: promotion.name,
    description: promotion.description[language],
    startDate: `${promotion.startDate}T00:00:00+00:00`,
    endDate: `${promotion.endDate}T23:59:59+00:00`,
    // The partner names the promotion on the cart line: it is not applied by itself.
    properties: { isAutoApplicable: false },
    requiredProducts: requiredProducts(promotion),
    discountFraction: promotion.discountFraction,
    discountDuration: promotion.discountDuration,
    applicableSkus: promotion.applicableSkus,
    markets: promotion.markets ? [...promotion.markets] : [],
    legacyOfferIds: promotion.legacyOfferIds,
    attributes: { objectType: 'ProductPromotion' },
  };
}
