import type { Customer } from '@/lib/api-types/customers';
import type {
  OrderLineItemProvisioningStatus,
  Cart,
  SubscribedSku,
  CartLineItem,
  Order,
  PromotionEligibilityError,
  PromotionEligibilityItem,
  PromotionEligibilityRequestItem,
} from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { newGuid } from '@/lib/ids';
import { promotionsFor, resolveCatalogItem } from '../catalog';
import { billingCurrency } from '../data/catalog';
import { getDb } from '../db/database';
import { collection, pcError, readJsonBody, route } from '../http';
import { acceptanceRequired, accountValidationRefusal, hasMcaAcceptance } from '../compliance';
import { checkLine, countryOf, evaluatePromotion, promotionNotFound } from '../purchase-rules';
import { screeningRefusal } from '../screening';
import { createSubscription, orderAttributes, orderLinks } from '../subscription-factory';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };
type CartParams = CustomerParams & { cartId: string };
import { catalogLinksIn, subscriptionsOf } from '../subscription-store';

const dayMs = 86_400_000;

function cartsOf(customerId: string): Cart[] {
  const db = getDb();
  db.carts[customerId] ??= [];
  return db.carts[customerId];
}

/** Base SKUs among the cart's own lines (an add-on may be bought together with its base). */
function cartBases(lines: CartLineItem[]) {
  return lines.flatMap((line) => {
    const resolved = resolveCatalogItem(line.catalogItemId ?? '');
    return resolved && !resolved.sku.prerequisites?.length
      ? [{ productId: resolved.product.id, skuId: resolved.sku.id }]
      : [];
  });
}

async function readLines(request: Request): Promise<CartLineItem[] | undefined> {
  const body = (await readJsonBody(request)) as { lineItems?: CartLineItem[] } | undefined;
  if (!body?.lineItems || !Array.isArray(body.lineItems) || body.lineItems.length === 0) return undefined;
  return body.lineItems.map((line, index) => ({
    ...line,
    // The request table of "Update a cart" calls the field `catalogId`; its samples send catalogItemId.
    catalogItemId: line.catalogItemId ?? (line as { catalogId?: string }).catalogId ?? '',
    id: line.id ?? index,
    quantity: Number(line.quantity),
  }));
}

const emptyCart = () =>
  pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description: 'A cart needs at least one line item.',
    data: [{ field: 'lineItems', message: 'A cart needs at least one line item.' }],
  });

const cartNotFound = (cartId: string) =>
  pcError({ status: 404, code: 800008, description: `Unable to retrieve cart ${cartId}.` });

/** Partner Center's BillingCycleType values, compared without case or underscores (one_time, OneTime). */
const billingCycleTypes = ['unknown', 'monthly', 'annual', 'none', 'onetime', 'triennial'];
const billingCycleKey = (value: string) => value.toLowerCase().replace(/_/g, '');

/** A checkout's answer: the orders the cart created, and no order errors. */
function checkoutAnswer(customerId: string, cartId: string): Response {
  const orderIds = getDb().cartOrders[cartId] ?? [];
  const orders = (getDb().orders[customerId] ?? []).filter((order) => orderIds.includes(order.id));
  return Response.json({ orders, orderErrors: [] }, { status: 201 });
}

function checkout(customer: Customer, cart: Cart): Order {
  const customerId = customer.id;
  const country = countryOf(customer);
  const at = now();
  const orderId = newGuid().replace(/-/g, '').slice(0, 20);
  const db = getDb();
  const lineItems = cart.lineItems.map((line, index) => {
    const resolved = resolveCatalogItem(line.catalogItemId);
    if (!resolved) throw new Error('checked lines only');
    const subscription = createSubscription({
      id: newGuid(),
      customerId,
      productId: resolved.product.id,
      skuId: resolved.sku.id,
      term: resolved.term,
      billingCycle: line.billingCycle,
      quantity: line.quantity,
      purchasedAt: at.toISOString(),
      orderId,
      ...(line.promotionId ? { promotionId: line.promotionId } : {}),
    });
    subscriptionsOf(customerId).push(subscription);
    db.subscribedSkus[customerId] ??= [];
    const tenant = db.subscribedSkus[customerId];
    const existing = tenant.find(
      (licence) =>
        licence.productId === resolved.product.id &&
        licence.skuId === resolved.sku.id &&
        licence.channel === 'thisPartner' &&
        licence.capabilityStatus === 'Enabled',
    );
    if (existing) {
      existing.totalUnits += line.quantity;
      existing.activeUnits += line.quantity;
    } else {
      tenant.push({
        productId: resolved.product.id,
        skuId: resolved.sku.id,
        productSku: { id: newGuid(), name: resolved.sku.title, targetType: 'User' },
        capabilityStatus: 'Enabled',
        totalUnits: line.quantity,
        activeUnits: line.quantity,
        channel: 'thisPartner',
        attributes: { objectType: 'SubscribedSku' },
      });
    }
    return {
      lineItemNumber: index,
      offerId: line.catalogItemId,
      subscriptionId: subscription.id,
      termDuration: resolved.term,
      transactionType: 'New' as const,
      friendlyName: line.friendlyName ?? resolved.sku.title,
      quantity: line.quantity,
      pricing: {
        listPrice: line.pricing?.listPrice ?? 0,
        discountedPrice: line.pricing?.discountedPrice ?? 0,
      },
      ...(line.promotionId ? { promotionId: line.promotionId } : {}),
      links: catalogLinksIn(country, {
        subscription: subscription.links.self,
        product: subscription.links.product,
        sku: subscription.links.sku,
        availability: subscription.links.availability,
      }),
    };
  });
  const order: Order = {
    id: orderId,
    alternateId: orderId.slice(0, 12),
    referenceCustomerId: customerId,
    billingCycle: cart.lineItems[0]?.billingCycle ?? 'monthly',
    currencyCode: cart.lineItems[0]?.currencyCode ?? 'USD',
    currencySymbol: billingCurrency(country).symbol,
    lineItems,
    // Provisioning is instant in the demo, so every line already carries its subscription id.
    creationDate: at.toISOString(),
    status: 'completed',
    transactionType: 'UserPurchase',
    totalPrice: cart.lineItems.reduce((sum, line) => sum + (line.pricing?.extendedPrice ?? 0), 0),
    links: orderLinks(customerId, orderId),
    attributes: orderAttributes(orderId),
  };
  db.orders[customerId] ??= [];
  db.orders[customerId].push(order);
  return order;
}

/**
 * A tenant licence as get-a-customer-s-subscribed-skus answers it. The mock does not assign
 * licences to the customer's users, so none is consumed; it has no service plans, and no
 * Microsoft part numbers, so the part number is derived from the name (ours). Microsoft 365
 * licences are in license group 1.
 */
function subscribedSkuResource(licence: SubscribedSku): SubscribedSku {
  const suspended = licence.capabilityStatus === 'Suspended';
  return {
    ...licence,
    availableUnits: suspended ? 0 : licence.activeUnits,
    consumedUnits: 0,
    suspendedUnits: suspended ? licence.totalUnits : 0,
    warningUnits: 0,
    productSku: {
      ...licence.productSku,
      skuPartNumber:
        licence.productSku.skuPartNumber ?? licence.productSku.name.toUpperCase().replace(/[^A-Z0-9]+/g, '_'),
      licenseGroupId: licence.productSku.licenseGroupId ?? 'group1',
    },
    servicePlans: licence.servicePlans ?? [],
  };
}

const findOrder = (customerId: string, orderId: string) =>
  getDb().orders[customerId]?.find((candidate) => candidate.id === orderId);

// The error-code table names no code for an unknown order; 800002 is its generic invalid input.
const orderNotFound = (customerId: string, orderId: string) =>
  pcError({
    status: 404,
    code: 800002,
    errorName: 'NotFound',
    description: `Order ${orderId} was not found for customer ${customerId}.`,
  });

/** The tenant's licences, promotion eligibility, carts, checkout and orders. */
export const purchaseHandlers = [
  /**
   * The tenant's licences from every channel. `productId`, `skuId` and `channel` are ours (see the
   * SubscribedSku type): the add-on check needs to say which base satisfied it, and from where.
   */
  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/subscribedskus',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      return Response.json(
        collection((getDb().subscribedSkus[params.customerId] ?? []).map(subscribedSkuResource), url),
      );
    },
    { action: 'customers.read' },
  ),

  route<CustomerParams>(
    'post',
    '/v1/customers/:customerId/promotionEligibilities',
    async ({ params, request, url }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const body = (await readJsonBody(request)) as { items?: PromotionEligibilityRequestItem[] } | undefined;
      const at = now();
      const items: PromotionEligibilityItem[] = (body?.items ?? []).map((item, index) => {
        const catalogItemId = String(item.catalogItemId ?? '');
        const [productId = '', skuId = ''] = catalogItemId.split(':');
        // The documentation's own sample sends its promotion id with a leading space.
        const promotionId = String(item.promotionId ?? '').trim();
        const promotion = promotionsFor(countryOf(customer)).find(
          (candidate) => candidate.id === promotionId,
        );
        const errors: PromotionEligibilityError[] = promotion
          ? evaluatePromotion(promotion, customer, { productId, skuId, quantity: Number(item.quantity) }, at)
          : [promotionNotFound(promotionId)];
        return {
          id: item.id ?? index,
          catalogItemId,
          quantity: Number(item.quantity),
          termDuration: item.termDuration,
          billingCycle: item.billingCycle,
          eligibilities: [{ promotionId, isEligible: errors.length === 0, errors }],
          attributes: { objectType: 'PromotionEligibilities' },
        };
      });
      return Response.json(collection(items, url));
    },
    { action: 'catalog.read' },
  ),

  route<CustomerParams>(
    'post',
    '/v1/customers/:customerId/carts',
    async ({ params, request, caller }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const refusal = screeningRefusal(customer);
      if (refusal) return refusal;
      const lines = await readLines(request);
      if (!lines) return emptyCart();
      const at = now();
      const bases = cartBases(lines);
      const cart: Cart = {
        id: newGuid(),
        creationTimestamp: at.toISOString(),
        lastModifiedTimestamp: at.toISOString(),
        expirationTimestamp: new Date(at.getTime() + 7 * dayMs).toISOString(),
        lastModifiedUser: caller.id,
        lineItems: lines.map((line) => checkLine(line, customer, bases, at)),
        status: 'Active',
        links: { self: { uri: '', method: 'GET', headers: [] } },
        attributes: { objectType: 'Cart' },
      };
      cart.links.self.uri = `/customers/${customer.id}/carts/${cart.id}`;
      cartsOf(customer.id).push(cart);
      return Response.json(cart, { status: 201 });
    },
    { action: 'orders.create' },
  ),

  route<CartParams>(
    'get',
    '/v1/customers/:customerId/carts/:cartId',
    ({ params }) => {
      const cart = cartsOf(params.customerId).find((candidate) => candidate.id === params.cartId);
      return cart ? Response.json(cart) : cartNotFound(params.cartId);
    },
    { action: 'orders.create' },
  ),

  route<CartParams>(
    'put',
    '/v1/customers/:customerId/carts/:cartId',
    async ({ params, request, caller }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const refusal = screeningRefusal(customer);
      if (refusal) return refusal;
      const cart = cartsOf(customer.id).find((candidate) => candidate.id === params.cartId);
      if (!cart) return cartNotFound(params.cartId);
      if (cart.status === 'Ordered') {
        return pcError({ status: 400, code: 800065, description: 'This cart has already been submitted.' });
      }
      const lines = await readLines(request);
      if (!lines) return emptyCart();
      const at = now();
      const bases = cartBases(lines);
      cart.lineItems = lines.map((line) => checkLine(line, customer, bases, at));
      cart.lastModifiedTimestamp = at.toISOString();
      cart.lastModifiedUser = caller.id;
      // "Update a cart" answers 201 Created with the whole cart, as its documented sample shows.
      return Response.json(cart, { status: 201 });
    },
    { action: 'orders.create' },
  ),

  route<CartParams>(
    'post',
    '/v1/customers/:customerId/carts/:cartId/checkout',
    ({ params }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const refusal = screeningRefusal(customer);
      if (refusal) return refusal;
      const cart = cartsOf(customer.id).find((candidate) => candidate.id === params.cartId);
      if (!cart) return cartNotFound(params.cartId);
      // "This API is idempotent": a cart already checked out answers what its checkout answered,
      // so a client that lost the first answer (a dropped connection) can ask again safely.
      if (cart.status === 'Ordered') return checkoutAnswer(customer.id, cart.id);
      if (!hasMcaAcceptance(customer.id)) return acceptanceRequired(customer.id);
      const accountRefusal = accountValidationRefusal(customer.id);
      if (accountRefusal) return accountRefusal;
      const failing = cart.lineItems.filter((line) => line.error);
      if (failing.length > 0) {
        return pcError({
          status: 400,
          code: 800009,
          description: 'Error in cart item(s). Fix or remove the items with errors, then check out again.',
          data: failing.map((line) => ({
            field: `lineItems[${line.id}]`,
            code: line.error?.errorCode,
            message: line.error?.errorDescription ?? '',
          })),
        });
      }
      const order = checkout(customer, cart);
      cart.status = 'Ordered';
      getDb().cartOrders[cart.id] = [order.id];
      return checkoutAnswer(customer.id, cart.id);
    },
    { action: 'orders.create' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/orders',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const orders = getDb().orders[params.customerId] ?? [];
      // get-a-list-of-orders-by-customer-and-billing-cycle-type: `billingType=onetime` keeps the
      // orders whose billingCycle is `one_time`, and so on for the other billing cycle types.
      const billingType = url.searchParams.get('billingType');
      if (billingType === null) return Response.json(collection(orders, url));
      const wanted = billingCycleKey(billingType);
      if (!billingCycleTypes.includes(wanted)) {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: `billingType must be one of ${billingCycleTypes.join(', ')}.`,
        });
      }
      return Response.json(
        collection(
          orders.filter((order) => billingCycleKey(order.billingCycle) === wanted),
          url,
        ),
      );
    },
    { action: 'subscriptions.read' },
  ),

  // get-an-order-by-id: where every order's links.self points.
  route<CustomerParams & { orderId: string }>(
    'get',
    '/v1/customers/:customerId/orders/:orderId',
    ({ params }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const order = findOrder(params.customerId, params.orderId);
      return order ? Response.json(order) : orderNotFound(params.customerId, params.orderId);
    },
    { action: 'subscriptions.read' },
  ),

  /**
   * get-order-provisioning-status: the demo provisions at checkout, so each line is fulfilled,
   * unless the subscription it bought has since been cancelled ("unfulfilled due to cancellation").
   */
  route<CustomerParams & { orderId: string }>(
    'get',
    '/v1/customers/:customerId/orders/:orderId/provisioningstatus',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const order = findOrder(params.customerId, params.orderId);
      if (!order) return orderNotFound(params.customerId, params.orderId);
      const subscriptions = subscriptionsOf(params.customerId);
      const items = order.lineItems.map((line): OrderLineItemProvisioningStatus => {
        const cancelled =
          subscriptions.find((subscription) => subscription.id === line.subscriptionId)?.status === 'deleted';
        const status = cancelled ? 'unfulfilled' : 'fulfilled';
        return {
          orderLineItemId: line.lineItemNumber,
          lineItemNumber: line.lineItemNumber,
          status,
          quantityProvisioningInformation: [{ quantity: line.quantity, status }],
        };
      });
      return Response.json(collection(items, url));
    },
    { action: 'subscriptions.read' },
  ),
];
