import {
  catalogFixtures,
  findProduct,
  findSkuFixture,
  promotionsFor,
  soldIn,
  targetViews,
  toAvailabilities,
  toProduct,
  toPromotion,
  toSku,
} from '../catalog';
import { answerLanguage, type AnswerLanguage } from '../locale';
import { collection, pcError, route } from '../http';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };
type ProductParams = { productId: string };
type SkuParams = { productId: string; skuId: string };
type AvailabilityParams = SkuParams & { availabilityId: string };

function countryOf(url: URL): string | undefined {
  const country = url.searchParams.get('country')?.trim().toUpperCase();
  return country && /^[A-Z]{2}$/.test(country) ? country : undefined;
}

const missingCountry = () =>
  pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description: 'The country query parameter is required (a two-letter ISO code).',
    data: [{ field: 'country', message: 'The country is required.' }],
  });

const productNotFound = (productId: string) =>
  pcError({ status: 404, code: 400013, description: `Product ${productId} was not found.` });
const skuNotFound = (skuId: string) =>
  pcError({ status: 404, code: 400018, description: `SKU ${skuId} was not found.` });

/** A segment filter, as Partner Center's `targetSegment`. */
function segmentFilter(url: URL) {
  const segment = url.searchParams.get('targetSegment')?.toLowerCase();
  return (value: string) => !segment || value === segment;
}

/** "Get a list of products", for one country (given, or the customer's). */
function productList(url: URL, country: string, language: AnswerLanguage) {
  const view = url.searchParams.get('targetView');
  if (view && !targetViews[view]) {
    return pcError({ status: 403, code: 400036, description: `The target view ${view} is not allowed.` });
  }
  const inSegment = segmentFilter(url);
  const expand = url.searchParams.get('expand') === 'skus';
  const items = catalogFixtures()
    .filter((product) => !view || product.productType === targetViews[view])
    .map((product) => ({
      product,
      skus: product.skus.filter((sku) => soldIn(sku, country) && inSegment(sku.segment)),
    }))
    .filter(({ skus }) => skus.length > 0)
    .map(({ product, skus }) => ({
      ...toProduct(product, country, language),
      ...(expand
        ? {
            skus: skus.map((sku) => ({
              ...toSku(product, sku, country, language),
              availabilities: toAvailabilities(product, sku, country, language),
            })),
          }
        : {}),
    }));
  return Response.json(collection(items, url));
}

/** "Get a list of SKUs for a product", for one country. */
function skuList(url: URL, country: string, language: AnswerLanguage, productId: string) {
  const product = findProduct(productId);
  if (!product) return productNotFound(productId);
  const inSegment = segmentFilter(url);
  const items = product.skus
    .filter((sku) => soldIn(sku, country) && inSegment(sku.segment))
    .map((sku) => toSku(product, sku, country, language));
  return Response.json(collection(items, url));
}

/** "Get a list of availabilities for a SKU", for one country. */
function availabilityList(
  url: URL,
  country: string,
  language: AnswerLanguage,
  { productId, skuId }: SkuParams,
) {
  const found = findSkuFixture(productId, skuId);
  if (!found || !soldIn(found.sku, country)) return skuNotFound(skuId);
  const inSegment = segmentFilter(url);
  const items = toAvailabilities(found.product, found.sku, country, language, { embed: true }).filter((a) =>
    inSegment(a.segment),
  );
  return Response.json(collection(items, url));
}

/** "Get a product by ID": only a product with a SKU sold in the country. */
function productById(country: string, language: AnswerLanguage, productId: string) {
  const product = findProduct(productId);
  if (!product || !product.skus.some((sku) => soldIn(sku, country))) return productNotFound(productId);
  return Response.json(toProduct(product, country, language));
}

/** "Get a SKU by ID". */
function skuById(country: string, language: AnswerLanguage, { productId, skuId }: SkuParams) {
  if (!findProduct(productId)) return productNotFound(productId);
  const found = findSkuFixture(productId, skuId);
  if (!found || !soldIn(found.sku, country)) return skuNotFound(skuId);
  return Response.json(toSku(found.product, found.sku, country, language));
}

/** "Get an availability by ID". */
function availabilityById(country: string, language: AnswerLanguage, params: AvailabilityParams) {
  const found = findSkuFixture(params.productId, params.skuId);
  const availability =
    found && soldIn(found.sku, country)
      ? toAvailabilities(found.product, found.sku, country, language, { embed: true }).find(
          (candidate) => candidate.id === params.availabilityId,
        )
      : undefined;
  if (!availability) {
    return pcError({
      status: 404,
      code: 400019,
      description: `Availability ${params.availabilityId} was not found.`,
    });
  }
  return Response.json(availability);
}

/**
 * The customer-scoped catalog ("… by customer") answers what the unscoped one answers for the
 * customer's country. Its `targetView` is required, as documented for this variant.
 */
function forCustomer(customerId: string, respond: (country: string) => Response) {
  const customer = findCustomer(customerId);
  if (!customer) return customerNotFound(customerId);
  const country =
    customer.billingProfile?.defaultAddress.country ?? customer.companyProfile.address?.country ?? '';
  return respond(country.toUpperCase());
}

const missingTargetView = () =>
  pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description: 'The targetView query parameter is required, e.g. targetView=OnlineServices.',
    data: [{ field: 'targetView', message: 'The target view is required.' }],
  });

export const catalogHandlers = [
  /**
   * `targetView` is optional here (Partner Center requires it); without it every view is listed.
   * `expand=skus` is ours: it embeds each product's SKUs with their availabilities so the catalog
   * list is one request instead of one per product.
   */
  route(
    'get',
    '/v1/products',
    ({ url, request }) => {
      const country = countryOf(url);
      return country ? productList(url, country, answerLanguage(request)) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  route<ProductParams>(
    'get',
    '/v1/products/:productId',
    ({ params, url, request }) => {
      const country = countryOf(url);
      return country ? productById(country, answerLanguage(request), params.productId) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  route<ProductParams>(
    'get',
    '/v1/products/:productId/skus',
    ({ params, url, request }) => {
      const country = countryOf(url);
      return country ? skuList(url, country, answerLanguage(request), params.productId) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  route<SkuParams>(
    'get',
    '/v1/products/:productId/skus/:skuId',
    ({ params, url, request }) => {
      const country = countryOf(url);
      return country ? skuById(country, answerLanguage(request), params) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  route<SkuParams>(
    'get',
    '/v1/products/:productId/skus/:skuId/availabilities',
    ({ params, url, request }) => {
      const country = countryOf(url);
      return country ? availabilityList(url, country, answerLanguage(request), params) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  route<AvailabilityParams>(
    'get',
    '/v1/products/:productId/skus/:skuId/availabilities/:availabilityId',
    ({ params, url, request }) => {
      const country = countryOf(url);
      return country ? availabilityById(country, answerLanguage(request), params) : missingCountry();
    },
    { action: 'catalog.read' },
  ),

  /** Promotions for a market. Partner Center lists current ones; the demo also lists ended ones so the UI can explain why they no longer apply. */
  route(
    'get',
    '/v1/productPromotions',
    ({ url, request }) => {
      const country = countryOf(url);
      if (!country) return missingCountry();
      const language = answerLanguage(request);
      const items = promotionsFor(country).map((promotion) => toPromotion(promotion, language));
      return Response.json(collection(items, url));
    },
    { action: 'catalog.read' },
  ),

  // get-promotion-by-id: one promotion of the market whatever its dates (partners reconcile
  // expired ones with it).
  route<{ promotionId: string }>(
    'get',
    '/v1/productPromotions/:promotionId',
    ({ params, url, request }) => {
      const country = countryOf(url);
      if (!country) return missingCountry();
      const promotion = promotionsFor(country).find((candidate) => candidate.id === params.promotionId);
      return promotion
        ? Response.json(toPromotion(promotion, answerLanguage(request)))
        : pcError({
            status: 404,
            code: 800002,
            errorName: 'NotFound',
            description: `Promotion ${params.promotionId} is not offered in ${country}.`,
          });
    },
    { action: 'catalog.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/products',
    ({ params, url, request }) =>
      url.searchParams.get('targetView')
        ? forCustomer(params.customerId, (country) => productList(url, country, answerLanguage(request)))
        : missingTargetView(),
    { action: 'catalog.read' },
  ),

  route<CustomerParams & ProductParams>(
    'get',
    '/v1/customers/:customerId/products/:productId/skus',
    ({ params, url, request }) =>
      forCustomer(params.customerId, (country) =>
        skuList(url, country, answerLanguage(request), params.productId),
      ),
    { action: 'catalog.read' },
  ),

  // get-a-list-of-skus-for-a-product-by-customer's own request sample asks for this path.
  route<CustomerParams & ProductParams>(
    'get',
    '/v1/customers/:customerId/products/:productId',
    ({ params, request }) =>
      forCustomer(params.customerId, (country) =>
        productById(country, answerLanguage(request), params.productId),
      ),
    { action: 'catalog.read' },
  ),

  route<CustomerParams & SkuParams>(
    'get',
    '/v1/customers/:customerId/products/:productId/skus/:skuId',
    ({ params, request }) =>
      forCustomer(params.customerId, (country) => skuById(country, answerLanguage(request), params)),
    { action: 'catalog.read' },
  ),

  route<CustomerParams & SkuParams>(
    'get',
    '/v1/customers/:customerId/products/:productId/skus/:skuId/availabilities',
    ({ params, url, request }) =>
      forCustomer(params.customerId, (country) =>
        availabilityList(url, country, answerLanguage(request), params),
      ),
    { action: 'catalog.read' },
  ),

  route<CustomerParams & AvailabilityParams>(
    'get',
    '/v1/customers/:customerId/products/:productId/skus/:skuId/availabilities/:availabilityId',
    ({ params, request }) =>
      forCustomer(params.customerId, (country) => availabilityById(country, answerLanguage(request), params)),
    { action: 'catalog.read' },
  ),
];
