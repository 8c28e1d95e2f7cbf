import type { Link } from '@/lib/api-types/common';
import type { Customer } from '@/lib/api-types/customers';
import type {
  OrderLineItemProvisioningStatus,
  SubscriptionProvisioningStatus,
  Cart,
  SubscribedSku,
  Transition,
  TransitionEvent,
  TransitionEligibility,
  CartLineItem,
  CustomTermEndDate,
  Order,
  PromotionEligibilityError,
  PromotionEligibilityItem,
  PromotionEligibilityRequestItem,
  ScheduledNextTermInstructions,
  Subscription,
  TermDuration,
} from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import {
  canScheduleAt,
  changeWindowEnd,
  isWithin,
  nceChangeWindowHours,
  projectedEnd,
  renewalAt,
  scheduleLeadHours,
  termEndDate,
} from '@/lib/commerce-rules';
import { newGuid } from '@/lib/ids';
import {
  availabilityId,
  catalogFixtures,
  findSkuFixture,
  promotionsFor,
  resolveCatalogItem,
} from '../catalog';
import { billingCurrency } from '../data/catalog';
import { getDb } from '../db/database';
import { collection, pcError, readJsonBody, route, sentEtag } from '../http';
import { acceptanceRequired, accountValidationRefusal, hasMcaAcceptance } from '../compliance';
import { checkLine, countryOf, evaluatePromotion, promotionNotFound } from '../purchase-rules';
import { answerLanguage } from '../locale';
import { screeningRefusal } from '../screening';
import {
  createSubscription,
  orderAttributes,
  orderLinks,
  subscriptionResource,
} from '../subscription-factory';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };
type CartParams = CustomerParams & { cartId: string };
type SubscriptionParams = CustomerParams & { subscriptionId: string };

const dayMs = 86_400_000;

function cartsOf(customerId: string): Cart[] {
  const db = getDb();
  db.carts[customerId] ??= [];
  return db.carts[customerId];
}

function subscriptionsOf(customerId: string): Subscription[] {
  const db = getDb();
  db.subscriptions[customerId] ??= [];
  const items = db.subscriptions[customerId];
  const at = now();
  for (const subscription of items) renewIfDue(subscription, at);
  return items;
}

/**
 * Renewal, applied when the clock has passed a term's end: an auto-renewing subscription starts
 * a new term (with its scheduled next-term instructions: quantity, coterm end date) and a new
 * 168-hour window; one that does not renew expires. This is where coterm takes effect.
 */
function renewIfDue(subscription: Subscription, at: Date): void {
  for (let guard = 0; guard < 100; guard += 1) {
    if (subscription.status !== 'active' || renewalAt(subscription.commitmentEndDate) > at) return;
    const start = renewalAt(subscription.commitmentEndDate);
    if (!subscription.autoRenewEnabled) {
      subscription.status = 'expired';
      rotate(subscription);
      return;
    }
    const instructions = subscription.scheduledNextTermInstructions;
    const windowEnd = changeWindowEnd(start).toISOString();
    if (instructions) subscription.quantity = instructions.quantity;
    subscription.effectiveStartDate = start.toISOString().slice(0, 10);
    subscription.commitmentEndDate = instructions?.customTermEndDate
      ? isoDay(instructions.customTermEndDate)
      : termEndDate(start, subscription.termDuration);
    subscription.cancellationAllowedUntilDate = windowEnd;
    subscription.refundableQuantity = {
      totalQuantity: subscription.quantity,
      details: [{ quantity: subscription.quantity, allowedUntilDateTime: windowEnd }],
    };
    delete subscription.scheduledNextTermInstructions;
    rotate(subscription);
  }
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

const subscriptionNotFound = (subscriptionId: string) =>
  pcError({ status: 404, code: 20003, description: `Subscription ${subscriptionId} was not found.` });

function rotate(subscription: Subscription): void {
  subscription.attributes.etag = newGuid().replace(/-/g, '').slice(0, 16);
}

// Ours: Partner Center documents no limit for a subscription's nickname.
const maxFriendlyNameLength = 128;

/** The tenant licence this partner's subscription counts in. */
function licenceOf(customerId: string, subscription: Subscription) {
  return getDb().subscribedSkus[customerId]?.find(
    (item) =>
      subscription.offerId.startsWith(`${item.productId}:${item.skuId}:`) && item.channel === 'thisPartner',
  );
}

/**
 * Why a status change cannot be made, or null: an active subscription may be suspended and a
 * suspended one reactivated, unless an upgrade suspended it (its seats moved to the subscription
 * it was upgraded to). Cancelling is handled before, with its window.
 */
function statusRefusal(subscription: Subscription, wanted: string): Response | null {
  const refuse = (description: string) =>
    pcError({
      status: 400,
      code: 800002,
      errorName: 'InvalidInput',
      description,
      data: [{ field: 'status', message: description }],
    });
  if (wanted === 'suspended' && subscription.status === 'active') return null;
  if (wanted === 'active' && subscription.status === 'suspended') {
    return subscription.suspensionReasons?.includes('Upgraded')
      ? refuse(
          'This subscription was upgraded: its seats are on the new subscription, so it cannot be reactivated.',
        )
      : null;
  }
  return refuse(`A subscription that is ${subscription.status} cannot be made ${wanted}.`);
}

/** Suspends or reactivates: the subscription's seats leave or rejoin the tenant's active licences. */
function applyStatus(customerId: string, subscription: Subscription, wanted: 'active' | 'suspended') {
  const licence = licenceOf(customerId, subscription);
  if (wanted === 'suspended') {
    subscription.status = 'suspended';
    // Ours: the documentation lists no reason values; this one says the partner asked.
    subscription.suspensionReasons = ['PartnerInitiated'];
    if (licence) {
      licence.activeUnits = Math.max(0, licence.activeUnits - subscription.quantity);
      if (licence.activeUnits === 0) licence.capabilityStatus = 'Suspended';
    }
    return;
  }
  subscription.status = 'active';
  delete subscription.suspensionReasons;
  if (licence) {
    licence.activeUnits = Math.min(licence.totalUnits, licence.activeUnits + subscription.quantity);
    licence.capabilityStatus = 'Enabled';
  }
}

/** Seats still inside their own 168-hour window, and the batches that remain. */
function refundable(subscription: Subscription, at: Date) {
  const details = (subscription.refundableQuantity?.details ?? []).filter((batch) =>
    isWithin(batch.allowedUntilDateTime, at),
  );
  return { totalQuantity: details.reduce((sum, batch) => sum + batch.quantity, 0), details };
}

const baseSkuOf = (subscription: Subscription) => subscription.offerId.split(':').slice(0, 2).join(':');

/** Whether the catalog sells an add-on for this subscription's product and SKU. */
function hasPurchasableAddons(subscription: Subscription): boolean {
  const base = baseSkuOf(subscription);
  return catalogFixtures().some((product) => product.skus.some((sku) => sku.prerequisites?.includes(base)));
}

/** Every answer that carries a subscription: its documented shape as of now. */
function answerOf(subscription: Subscription, customerId: string): Subscription {
  const at = now();
  const resource = subscriptionResource(subscription, subscriptionsOf(customerId), at);
  const customer = findCustomer(customerId);
  return {
    ...resource,
    hasPurchasableAddons: hasPurchasableAddons(subscription),
    refundableQuantity: refundable(subscription, at),
    links: customer ? catalogLinksIn(countryOf(customer), resource.links) : resource.links,
  };
}

/**
 * The catalog is per market: the reference's subscriptions link their product, SKU and
 * availability with the customer's `?country=`, the parameter those endpoints require.
 */
function catalogLinksIn<T extends { product?: Link; sku?: Link; availability?: Link }>(
  country: string,
  links: T,
): T {
  const inMarket = (link: Link | undefined) =>
    link && !link.uri.includes('?') ? { ...link, uri: `${link.uri}?country=${country}` } : link;
  return {
    ...links,
    ...(links.product ? { product: inMarket(links.product) } : {}),
    ...(links.sku ? { sku: inMarket(links.sku) } : {}),
    ...(links.availability ? { availability: inMarket(links.availability) } : {}),
  };
}

const isoDay = (value: string) => value.slice(0, 10);

/**
 * The end dates a subscription bought on `termStart` for `term` may be aligned to: the end of the
 * term, the last day of a month inside it, and the end dates of the customer's other active
 * subscriptions that fall inside the first term (annual terms cannot follow a monthly one).
 */
function customTermEndDates(customerId: string, term: TermDuration, termStart: string, excludeId?: string) {
  const lastDay = termEndDate(termStart, term);
  const items: CustomTermEndDate[] = [];
  const end = new Date(`${lastDay}T00:00:00Z`);
  const monthEnd = new Date(Date.UTC(end.getUTCFullYear(), end.getUTCMonth(), 0));
  if (isoDay(monthEnd.toISOString()) > isoDay(termStart)) {
    items.push({
      allowedCustomTermEndDateType: 'calendarMonthAligned',
      allowedCustomTermEndDate: `${isoDay(monthEnd.toISOString())}T00:00:00`,
    });
  }
  const byDate = new Map<string, string[]>();
  for (const other of subscriptionsOf(customerId)) {
    if (other.id === excludeId || other.status !== 'active' || other.isTrial) continue;
    if (term !== 'P1M' && other.termDuration === 'P1M') continue;
    // A term starting after the other's current end aligns with the end it will have renewed to.
    const otherEnd = projectedEnd(other, isoDay(termStart));
    if (otherEnd <= isoDay(termStart) || otherEnd > lastDay) continue;
    byDate.set(otherEnd, [...(byDate.get(otherEnd) ?? []), other.id]);
  }
  for (const [date, subscriptionIds] of byDate) {
    items.push({
      allowedCustomTermEndDateType: 'subscriptionAligned',
      allowedCustomTermEndDate: `${date}T00:00:00`,
      cotermSubscriptionIds: subscriptionIds,
    });
  }
  return items;
}

const badInstructions = (description: string) =>
  pcError({
    status: 400,
    code: 800002,
    errorName: 'InvalidInput',
    description,
    data: [{ field: 'scheduledNextTermInstructions', message: description }],
  });

/** What Partner Center checks before it accepts a change scheduled for the next term. */
function checkInstructions(
  customerId: string,
  subscription: Subscription,
  instructions: ScheduledNextTermInstructions,
  at: Date,
) {
  const [productId = '', skuId = ''] = subscription.offerId.split(':');
  if (subscription.isTrial) return badInstructions('Trial subscriptions cannot take scheduled changes.');
  if (!subscription.autoRenewEnabled) {
    return badInstructions('Scheduled changes apply at renewal: turn on auto-renew first.');
  }
  if (!canScheduleAt(subscription.commitmentEndDate, at)) {
    return badInstructions(
      `Scheduled changes must be made at least ${scheduleLeadHours} hours before the renewal.`,
    );
  }
  if (instructions.product?.productId !== productId || instructions.product?.skuId !== skuId) {
    return badInstructions('The next term must keep the same product and SKU.');
  }
  const quantity = Number(instructions.quantity);
  if (!Number.isInteger(quantity) || quantity < 1) {
    return badInstructions('The next term needs a whole quantity of at least 1.');
  }
  if (instructions.customTermEndDate) {
    const term = instructions.product.termDuration ?? subscription.termDuration;
    const start = renewalAt(subscription.commitmentEndDate).toISOString();
    const allowed = customTermEndDates(customerId, term, start, subscription.id).map((item) =>
      isoDay(item.allowedCustomTermEndDate),
    );
    if (!allowed.includes(isoDay(instructions.customTermEndDate))) {
      return pcError({
        status: 400,
        code: 900242,
        description:
          'The custom term end date must match the end date of an active subscription or the end of a calendar month within the first term.',
        data: [
          {
            field: 'scheduledNextTermInstructions.customTermEndDate',
            message: 'This end date cannot be chosen.',
          },
        ],
      });
    }
  }
  return undefined;
}

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

export const commerceHandlers = [
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

  // Before the by-id route, or "customTermEndDates" would be read as a subscription id.
  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/customTermEndDates',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const term = (url.searchParams.get('term_duration') ?? '') as TermDuration;
      if (!['P1M', 'P1Y', 'P3Y'].includes(term)) {
        return pcError({
          status: 400,
          code: 800002,
          description: 'term_duration must be P1M, P1Y or P3Y.',
          data: [{ field: 'term_duration', message: 'term_duration must be P1M, P1Y or P3Y.' }],
        });
      }
      const start = url.searchParams.get('term_start_date') ?? now().toISOString();
      const target = url.searchParams.get('target_coterm_subscription_id');
      const items = customTermEndDates(params.customerId, term, start).filter(
        (item) => !target || item.cotermSubscriptionIds?.includes(target),
      );
      return Response.json(collection(items, url));
    },
    { action: 'subscriptions.read' },
  ),

  route<CustomerParams>(
    'get',
    '/v1/customers/:customerId/subscriptions',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      // get-a-list-of-subscriptions-by-order: `order_id` keeps the subscriptions one order created.
      const orderId = url.searchParams.get('order_id');
      // get-all-subscriptions-by-partner: the mock knows one partner, which sold every subscription
      // it holds; its Partner IDs are its locations'. Another partner sold this customer nothing.
      const mpnId = url.searchParams.get('mpn_id');
      const soldByPartner =
        mpnId === null || getDb().account.locations.some((location) => location.id === mpnId.trim());
      return Response.json(
        collection(
          (soldByPartner ? subscriptionsOf(params.customerId) : [])
            .filter((subscription) => !orderId || subscription.orderId === orderId)
            .map((s) => answerOf(s, params.customerId)),
          url,
        ),
      );
    },
    { action: 'subscriptions.read' },
  ),

  route<SubscriptionParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/:subscriptionId',
    ({ params }) => {
      const subscription = subscriptionsOf(params.customerId).find((s) => s.id === params.subscriptionId);
      if (!subscription) return subscriptionNotFound(params.subscriptionId);
      return Response.json(answerOf(subscription, params.customerId), {
        headers: { ETag: `"${subscription.attributes.etag}"` },
      });
    },
    { action: 'subscriptions.read' },
  ),

  /** The add-on subscriptions bought for this subscription's product and SKU. */
  route<SubscriptionParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/:subscriptionId/addons',
    ({ params, url }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const all = subscriptionsOf(params.customerId);
      const base = all.find((s) => s.id === params.subscriptionId);
      if (!base) return subscriptionNotFound(params.subscriptionId);
      const baseSku = baseSkuOf(base);
      const addons = all.filter((candidate) => {
        const [productId = '', skuId = ''] = candidate.offerId.split(':');
        return findSkuFixture(productId, skuId)?.sku.prerequisites?.includes(baseSku) ?? false;
      });
      return Response.json(
        collection(
          addons.map((s) => answerOf(s, params.customerId)),
          url,
        ),
      );
    },
    { action: 'subscriptions.read' },
  ),

  /**
   * get-subscription-provisioning-status. The demo provisions at once, so the seats the
   * subscription has now are provisioned; `skuId` is the subscription's SKU in the catalog.
   */
  route<SubscriptionParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/:subscriptionId/provisioningstatus',
    ({ params }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const subscription = subscriptionsOf(params.customerId).find((s) => s.id === params.subscriptionId);
      if (!subscription) return subscriptionNotFound(params.subscriptionId);
      const status: SubscriptionProvisioningStatus = {
        skuId: subscription.offerId.split(':')[1] ?? '',
        status: 'success',
        quantity: subscription.quantity,
        endDate: `${subscription.commitmentEndDate.slice(0, 10)}T00:00:00Z`,
        attributes: { objectType: 'SubscriptionProvisioningStatus' },
      };
      return Response.json(status);
    },
    { action: 'subscriptions.read' },
  ),

  /**
   * New-commerce upgrades ("transitions"): the targets the subscription's SKU can move to. Only
   * `eligibilityType=immediate` is served; scheduled transitions are not part of the demo.
   */
  route<SubscriptionParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/:subscriptionId/transitionEligibilities',
    ({ params, url, request }) => {
      if (!findCustomer(params.customerId)) return customerNotFound(params.customerId);
      const subscription = subscriptionsOf(params.customerId).find((s) => s.id === params.subscriptionId);
      if (!subscription) return subscriptionNotFound(params.subscriptionId);
      const [productId = '', skuId = ''] = subscription.offerId.split(':');
      const targets = findSkuFixture(productId, skuId)?.sku.upgradeTargets ?? [];
      const items: TransitionEligibility[] = targets.flatMap((target) => {
        const [toProduct = '', toSku = ''] = target.split(':');
        const found = findSkuFixture(toProduct, toSku);
        if (!found) return [];
        const errors =
          subscription.status === 'active'
            ? []
            : [{ code: 800082, description: 'Only an active subscription can be upgraded.' }];
        return [
          {
            catalogItemId: `${toProduct}:${toSku}:${availabilityId(toProduct, toSku, subscription.termDuration)}`,
            title: found.sku.title,
            description: found.sku.description[answerLanguage(request)],
            quantity: subscription.quantity,
            eligibilities: [{ isEligible: errors.length === 0, transitionType: 'transition_only', errors }],
          },
        ];
      });
      return Response.json(collection(items, url));
    },
    { action: 'subscriptions.read' },
  ),

  /**
   * Executes an upgrade: the seats move to a new subscription of the target SKU that keeps the
   * source's term end; a full-quantity upgrade leaves the source suspended ("Upgraded").
   */
  route<SubscriptionParams>(
    'post',
    '/v1/customers/:customerId/subscriptions/:subscriptionId/transitions',
    async ({ params, request }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const refusal = screeningRefusal(customer);
      if (refusal) return refusal;
      const source = subscriptionsOf(customer.id).find((s) => s.id === params.subscriptionId);
      if (!source) return subscriptionNotFound(params.subscriptionId);
      const body = (await readJsonBody(request)) as Partial<Transition> | undefined;
      const [productId = '', skuId = ''] = source.offerId.split(':');
      const targets = findSkuFixture(productId, skuId)?.sku.upgradeTargets ?? [];
      const target = resolveCatalogItem(body?.toCatalogItemId ?? '');
      const quantity = Number(body?.quantity ?? source.quantity);
      if (
        source.status !== 'active' ||
        !target ||
        !targets.includes(`${target.product.id}:${target.sku.id}`) ||
        !Number.isInteger(quantity) ||
        quantity < 1 ||
        quantity > source.quantity
      ) {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: 'This subscription cannot be upgraded to the requested product and quantity.',
        });
      }
      const at = now();
      const created = createSubscription({
        id: newGuid(),
        customerId: customer.id,
        productId: target.product.id,
        skuId: target.sku.id,
        term: source.termDuration,
        billingCycle: source.billingCycle,
        quantity,
        purchasedAt: at.toISOString(),
        orderId: newGuid().replace(/-/g, '').slice(0, 20),
        autoRenewEnabled: source.autoRenewEnabled,
      });
      created.commitmentEndDate = source.commitmentEndDate;
      subscriptionsOf(customer.id).push(created);
      if (quantity === source.quantity) {
        source.status = 'suspended';
        source.suspensionReasons = ['Upgraded'];
        source.autoRenewEnabled = false;
        delete source.scheduledNextTermInstructions;
      } else {
        source.quantity -= quantity;
      }
      rotate(source);
      // The demo's conversion is instant: it has started and completed by the time it answers.
      const event = (status: TransitionEvent['status']): TransitionEvent => ({
        name: 'Conversion',
        status,
        timestamp: at.toISOString(),
        attributes: { objectType: 'TransitionEvent' },
      });
      const transition: Transition = {
        id: newGuid(),
        fromCatalogItemId: source.offerId,
        toCatalogItemId: created.offerId,
        fromSubscriptionId: source.id,
        toSubscriptionId: created.id,
        quantity,
        termDuration: source.termDuration,
        billingCycle: source.billingCycle,
        transitionType: 'transition_only',
        status: 'complete',
        creationDate: at.toISOString(),
        events: [event('Started'), event('Completed')],
        attributes: { objectType: 'Transition' },
      };
      const db = getDb();
      db.transitions[customer.id] = [...(db.transitions[customer.id] ?? []), transition];
      // create-transition's sample answers 200 OK, not 201.
      return Response.json(transition);
    },
    { action: 'subscriptions.update' },
  ),

  /** get-transitions: the history of the transitions made from this subscription. */
  route<SubscriptionParams>(
    'get',
    '/v1/customers/:customerId/subscriptions/:subscriptionId/transitions',
    ({ params, url }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      if (!subscriptionsOf(customer.id).some((s) => s.id === params.subscriptionId)) {
        return subscriptionNotFound(params.subscriptionId);
      }
      const history = (getDb().transitions[customer.id] ?? []).filter(
        (transition) => transition.fromSubscriptionId === params.subscriptionId,
      );
      return Response.json(collection(history, url));
    },
    { action: 'subscriptions.read' },
  ),

  /**
   * Quantity, auto-renew, the nickname, cancellation (`status: "deleted"`), suspension and
   * reactivation (`status: "suspended"` / `"active"`) and scheduled changes
   * (`scheduledNextTermInstructions`, e.g. a coterm `customTermEndDate`), which Partner Center
   * applies at renewal, never to the current term. `null` withdraws a scheduled change.
   */
  route<SubscriptionParams>(
    'patch',
    '/v1/customers/:customerId/subscriptions/:subscriptionId',
    async ({ params, request }) => {
      const customer = findCustomer(params.customerId);
      if (!customer) return customerNotFound(params.customerId);
      const refusal = screeningRefusal(customer);
      if (refusal) return refusal;
      const subscription = subscriptionsOf(customer.id).find((s) => s.id === params.subscriptionId);
      if (!subscription) return subscriptionNotFound(params.subscriptionId);
      const body = (await readJsonBody(request)) as Partial<Subscription> | undefined;
      // The ETag read with the subscription, from If-Match or else (as the documented samples of
      // change-the-quantity and reactivate send it) from the body's attributes.
      const etag = sentEtag(request, body?.attributes?.etag);
      if (etag && etag !== subscription.attributes.etag) {
        return pcError({
          status: 412,
          code: 2055,
          errorName: 'PreconditionFailed',
          description: 'The subscription changed since you loaded it. Reload it and try again.',
        });
      }
      if (!body) return pcError({ status: 400, code: 800002, description: 'The request body is missing.' });
      if (subscription.status === 'deleted') {
        return pcError({
          status: 409,
          code: 800082,
          description: 'A cancelled subscription cannot be changed.',
        });
      }
      const at = now();

      if (body.status === 'deleted') {
        if (
          !subscription.cancellationAllowedUntilDate ||
          !isWithin(subscription.cancellationAllowedUntilDate, at)
        ) {
          return pcError({
            status: 400,
            code: 900213,
            description: `You have passed your ${nceChangeWindowHours}-hour cancellation window. We are unable to cancel your purchase.`,
          });
        }
        subscription.status = 'deleted';
        subscription.autoRenewEnabled = false;
        const licence = licenceOf(customer.id, subscription);
        if (licence) {
          licence.totalUnits = Math.max(0, licence.totalUnits - subscription.quantity);
          licence.activeUnits = Math.max(0, licence.activeUnits - subscription.quantity);
          if (licence.totalUnits === 0) licence.capabilityStatus = 'Deleted';
        }
        rotate(subscription);
        return Response.json(answerOf(subscription, customer.id));
      }

      // suspend-a-subscription and reactivate-a-suspended-a-subscription: checked here, made last.
      const newStatus =
        body.status !== undefined && body.status !== subscription.status ? body.status : undefined;
      if (newStatus) {
        const refusal = statusRefusal(subscription, newStatus);
        if (refusal) return refusal;
      }

      // update-the-nickname-for-a-subscription: a new friendly name, checked here, given last.
      const newName =
        typeof body.friendlyName === 'string' && body.friendlyName.trim() !== subscription.friendlyName
          ? body.friendlyName.trim()
          : undefined;
      if (newName !== undefined && (newName === '' || newName.length > maxFriendlyNameLength)) {
        const description = `The friendly name needs 1 to ${maxFriendlyNameLength} characters.`;
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description,
          data: [{ field: 'friendlyName', message: description }],
        });
      }

      const quantityChanged = body.quantity !== undefined && Number(body.quantity) !== subscription.quantity;
      if (quantityChanged && (newStatus ?? subscription.status) === 'suspended') {
        return pcError({
          status: 400,
          code: 800002,
          errorName: 'InvalidInput',
          description: 'The seats of a suspended subscription cannot be changed: reactivate it first.',
          data: [{ field: 'quantity', message: 'Reactivate the subscription to change its seats.' }],
        });
      }
      if (quantityChanged) {
        const quantity = Number(body.quantity);
        const [productId = '', skuId = ''] = subscription.offerId.split(':');
        const max = findSkuFixture(productId, skuId)?.sku.maximumQuantity ?? 10_000;
        if (!Number.isInteger(quantity) || quantity < 1 || quantity > max) {
          return pcError({
            status: 400,
            code: 2002,
            description: `The quantity must be between 1 and ${max}.`,
            data: [{ field: 'quantity', message: `The quantity must be between 1 and ${max}.` }],
          });
        }
        const current = refundable(subscription, at);
        if (quantity > subscription.quantity) {
          current.details.push({
            quantity: quantity - subscription.quantity,
            allowedUntilDateTime: changeWindowEnd(at).toISOString(),
          });
        } else {
          let toRemove = subscription.quantity - quantity;
          if (toRemove > current.totalQuantity) {
            return pcError({
              status: 400,
              code: 900214,
              description: `You have passed your ${nceChangeWindowHours}-hour window for reducing seats. Only ${current.totalQuantity} seat(s) added in the last ${nceChangeWindowHours} hours can be removed.`,
            });
          }
          // Newest seats go first.
          for (let i = current.details.length - 1; i >= 0 && toRemove > 0; i -= 1) {
            const batch = current.details[i]!;
            const taken = Math.min(batch.quantity, toRemove);
            batch.quantity -= taken;
            toRemove -= taken;
          }
          current.details = current.details.filter((batch) => batch.quantity > 0);
        }
        current.totalQuantity = current.details.reduce((sum, batch) => sum + batch.quantity, 0);
        subscription.refundableQuantity = current;
        subscription.quantity = quantity;
      }

      const renewChanged =
        typeof body.autoRenewEnabled === 'boolean' && body.autoRenewEnabled !== subscription.autoRenewEnabled;
      if (renewChanged) subscription.autoRenewEnabled = Boolean(body.autoRenewEnabled);

      // A mid-term change (seats, auto-renew) removes the changes scheduled for the renewal.
      if (quantityChanged || renewChanged) {
        delete subscription.scheduledNextTermInstructions;
      } else if (body.scheduledNextTermInstructions === null) {
        delete subscription.scheduledNextTermInstructions;
      } else if (
        body.scheduledNextTermInstructions &&
        JSON.stringify(body.scheduledNextTermInstructions) !==
          JSON.stringify(subscription.scheduledNextTermInstructions ?? null)
      ) {
        const refusal = checkInstructions(customer.id, subscription, body.scheduledNextTermInstructions, at);
        if (refusal) return refusal;
        subscription.scheduledNextTermInstructions = body.scheduledNextTermInstructions;
      }

      if (newStatus === 'active' || newStatus === 'suspended')
        applyStatus(customer.id, subscription, newStatus);
      if (newName) subscription.friendlyName = newName;
      rotate(subscription);
      return Response.json(answerOf(subscription, customer.id), {
        headers: { ETag: `"${subscription.attributes.etag}"` },
      });
    },
    { action: 'subscriptions.update' },
  ),
];
