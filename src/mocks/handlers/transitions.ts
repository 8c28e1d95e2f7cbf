import type { Transition, TransitionEvent, TransitionEligibility } from '@/lib/api-types/catalog';
import { now } from '@/lib/clock';
import { newGuid } from '@/lib/ids';
import { availabilityId, findSkuFixture, resolveCatalogItem } from '../catalog';
import { getDb } from '../db/database';
import { collection, pcError, readJsonBody, route } from '../http';
import { answerLanguage } from '../locale';
import { screeningRefusal } from '../screening';
import { createSubscription } from '../subscription-factory';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };
type SubscriptionParams = CustomerParams & { subscriptionId: string };
import { rotate, subscriptionNotFound, subscriptionsOf } from '../subscription-store';

/** New-commerce upgrades: eligible targets, the transition itself and its history. */
export const transitionHandlers = [
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
];
