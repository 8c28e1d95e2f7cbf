import type {
  SubscriptionProvisioningStatus,
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
  renewalAt,
  scheduleLeadHours,
} from '@/lib/commerce-rules';
import { findSkuFixture } from '../catalog';
import { getDb } from '../db/database';
import { collection, pcError, readJsonBody, route, sentEtag } from '../http';
import { screeningRefusal } from '../screening';
import { customerNotFound, findCustomer } from './customers';

type CustomerParams = { customerId: string };
type SubscriptionParams = CustomerParams & { subscriptionId: string };
import {
  answerOf,
  baseSkuOf,
  customTermEndDates,
  isoDay,
  licenceOf,
  refundable,
  rotate,
  subscriptionNotFound,
  subscriptionsOf,
} from '../subscription-store';

// Ours: Partner Center documents no limit for a subscription's nickname.
const maxFriendlyNameLength = 128;

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

/** A customer's subscriptions: read, their add-ons and coterm dates, and every change by PATCH. */
export const subscriptionHandlers = [
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
