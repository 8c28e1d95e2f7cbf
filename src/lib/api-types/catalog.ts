/** Catalog, cart, order and subscription wire shapes (Partner Center REST, new commerce). */
import type { Link, ResourceAttributes } from './common';

export interface ItemType {
  id: string;
  displayName: string;
  subType?: ItemType;
}

export type Segment = 'commercial' | 'education' | 'government' | 'nonprofit';
export type TermDuration = 'P1M' | 'P1Y' | 'P3Y';
export type BillingCycle = 'monthly' | 'annual' | 'triennial' | 'one_time' | 'none';

export interface Product {
  id: string;
  title: string;
  description: string;
  productType: ItemType;
  isMicrosoftProduct: boolean;
  publisherName?: string;
  links: { skus: Link; self: Link };
  attributes: ResourceAttributes<'Product'>;
  /** Ours (`expand=skus`): the product's SKUs with their availabilities, so a list is one request. */
  skus?: Sku[];
}

export interface SkuDynamicAttributes {
  isMicrosoftProduct?: boolean;
  hasConstraints?: boolean;
  isAddon?: boolean;
  /** `"{productId}:{skuId}"` of the base SKUs an add-on works with; `[]` for base SKUs. */
  prerequisiteSkus?: string[];
  upgradeTargetOffers?: string[];
  /** Documented "list of instructions applicable to convert operations"; no fixture converts, so `[]`. */
  conversionInstructions?: unknown[];
  /** Ours: service capabilities the SKU includes (Teams Rooms comparison, upgrade notices). */
  includedServices?: string[];
  /** Ours: markets the SKU is sold in, `"worldwide"` or a list (comparison table). */
  availableIn?: 'worldwide' | 'selectMarkets';
  /** Ours: earliest day the SKU can be bought. */
  purchasableFrom?: string;
  /** Ours: the Microsoft offer ids announced for this SKU. */
  legacyOfferIds?: string[];
  /** Ours: metered (usage) billing on top of the licence. */
  meteredBilling?: boolean;
  /** Ours: the approved customer qualification a purchase needs (Education-priced and GCC SKUs). */
  requiresQualification?: 'Education' | 'GovernmentCommunityCloud';
  [key: string]: unknown;
}

export interface Sku {
  id: string;
  productId: string;
  title: string;
  description: string;
  minimumQuantity: number;
  maximumQuantity: number;
  isTrial: boolean;
  supportedBillingCycles: BillingCycle[];
  purchasePrerequisites: string[];
  inventoryVariables: string[];
  provisioningVariables: string[];
  actions?: string[];
  dynamicAttributes: SkuDynamicAttributes;
  /** Documented; only SKUs that need an attestation (Windows 365) carry it, none in the fixtures. */
  attestationProperties?: { attestationType: string; enforceAttestation: boolean };
  links: { availabilities: Link; self: Link };
  attributes: ResourceAttributes<'Sku'>;
  /** Ours (`expand=skus`): the SKU's availabilities for the requested country. */
  availabilities?: Availability[];
}

export interface AvailabilityTerm {
  id: string;
  duration: TermDuration;
  description: string;
  /** Capitalised on terms ("Monthly", "Annual"), unlike the lowercase `BillingCycle` of carts. */
  billingCycle: string;
  cancellationPolicies?: Array<{
    refundOptions: Array<{ sequenceId: number; type: 'Full' | 'Partial'; expiresAfter: string }>;
  }>;
}

/** Ours: Partner Center prices live in price lists; the demo carries them on the availability. */
export interface AvailabilityPrice {
  billingCycle: BillingCycle;
  /** Price of one unit for one month of the term, in `currencyCode`. */
  unitPricePerMonth: number;
  currencyCode: string;
}

export interface Availability {
  id: string;
  productId: string;
  skuId: string;
  catalogItemId: string;
  defaultCurrency: { code: string; symbol: string };
  segment: Segment;
  country: string;
  isPurchasable: boolean;
  isRenewable: boolean;
  renewalInstructions: Array<{
    applicableTermIds: string[];
    renewalOptions: Array<{ renewToId: string; isAutoRenewable: boolean }>;
  }>;
  terms: AvailabilityTerm[];
  /** The product and SKU it belongs to (absent where the availability is nested in its SKU). */
  product?: Product;
  sku?: Sku;
  /** Ours: see AvailabilityPrice. */
  prices: AvailabilityPrice[];
  links: { self: Link };
  attributes: ResourceAttributes<'Availability'>;
}

/** Promotions (`GET /v1/productPromotions`), trimmed to what the demo uses. */
/** A SKU and term the promotion applies to, with its discount (documented `requiredProducts`). */
export interface PromotionRequiredProduct {
  productId: string;
  skuId: string;
  /** The documentation writes the billing cycle capitalised here (`Monthly`, `Annual`). */
  term: { duration: TermDuration; billingCycle: string };
  pricingPolicies: Array<{ policyType: 'PercentDiscount' | 'FixedDiscount'; value: string }>;
}

export interface ProductPromotion {
  id: string;
  name: string;
  description: string;
  /** ISO date-time with offset, e.g. `2020-12-01T00:00:00+00:00`. */
  startDate: string;
  endDate: string;
  properties: { isAutoApplicable: boolean };
  requiredProducts: PromotionRequiredProduct[];
  /** Ours, as are the fields below: the discount as a fraction, e.g. 0.3 for 30 %. */
  discountFraction: number;
  /** Ours: how long the discount lasts once bought, ISO duration. */
  discountDuration: string;
  /** Ours: `productId:skuId` of each SKU in requiredProducts. */
  applicableSkus: string[];
  markets: string[];
  legacyOfferIds?: string[];
  attributes: ResourceAttributes<'ProductPromotion'>;
}

export interface PromotionEligibilityRequestItem {
  id: number;
  catalogItemId: string;
  termDuration: TermDuration;
  billingCycle: BillingCycle;
  quantity: number;
  promotionId: string;
}

/** The documented kinds of promotion refusal (promotion-resources, PromotionEligibilityError). */
export type PromotionEligibilityErrorType =
  | 'InvalidCatalogItemId'
  | 'InvalidPromotion'
  | 'PrerequisiteProductOwnership'
  | 'RedemptionLimit'
  | 'SeatCount'
  | 'OfferPurchasedPreviously'
  | 'Term';

export interface PromotionEligibilityError {
  type: PromotionEligibilityErrorType;
  description: string;
  /** Ours: the precise reason within its type, which the app words for the admin. */
  code: string;
  /**
   * A SeatCount refusal's limits. The resource's table names them minimum/maximumRequiredSeats and
   * the verify-promotion-eligibility sample min/maxRequiredSeats; both are given.
   */
  minimumRequiredSeats?: number | null;
  maximumRequiredSeats?: number | null;
  minRequiredSeats?: number | null;
  maxRequiredSeats?: number | null;
}

export interface PromotionEligibility {
  promotionId: string;
  isEligible: boolean;
  errors: PromotionEligibilityError[];
}

/** One request item's verdicts (documented `PromotionEligibilities`). */
export interface PromotionEligibilityItem {
  id: number;
  catalogItemId: string;
  quantity: number;
  termDuration: TermDuration;
  billingCycle: BillingCycle;
  eligibilities: PromotionEligibility[];
  attributes: { objectType: 'PromotionEligibilities' };
}

export interface CartLineItemError {
  errorCode: string | number;
  errorDescription: string;
  additionalInformation?: { availableQuantity?: number; purchasedQuantity?: number };
}

export interface CartLineItem {
  id: number;
  catalogItemId: string;
  friendlyName?: string;
  quantity: number;
  currencyCode?: string;
  billingCycle: BillingCycle;
  termDuration?: TermDuration;
  promotionId?: string;
  customTermEndDate?: string;
  provisioningContext?: Record<string, string>;
  orderGroup?: string;
  pricing?: {
    listPrice: number;
    discountedPrice: number;
    proratedPrice: number;
    price: number;
    extendedPrice: number;
  };
  error?: CartLineItemError;
}

export interface Cart {
  id: string;
  creationTimestamp: string;
  lastModifiedTimestamp: string;
  expirationTimestamp: string;
  lastModifiedUser: string;
  lineItems: CartLineItem[];
  status: 'Active' | 'Ordered';
  links: { self: Link };
  attributes: ResourceAttributes<'Cart'>;
}

export interface OrderLineItem {
  lineItemNumber: number;
  offerId: string;
  subscriptionId?: string;
  termDuration: TermDuration;
  transactionType: 'New';
  friendlyName: string;
  quantity: number;
  pricing?: { listPrice: number; discountedPrice?: number };
  /** The subscription the line created, and the catalog item bought in the customer's market. */
  links?: { subscription?: Link; product?: Link; sku?: Link; availability?: Link };
  promotionId?: string;
}

export interface Order {
  id: string;
  alternateId: string;
  referenceCustomerId: string;
  billingCycle: BillingCycle;
  currencyCode: string;
  currencySymbol: string;
  lineItems: OrderLineItem[];
  creationDate: string;
  status: 'pending' | 'completed';
  transactionType: 'UserPurchase';
  totalPrice: number;
  links: { provisioningStatus: Link; self: Link };
  attributes: ResourceAttributes<'Order'> & { etag: string };
}

/** get-order-provisioning-status: one per order line. */
export interface OrderLineItemProvisioningStatus {
  orderLineItemId: number;
  lineItemNumber: number;
  status: 'fulfilled' | 'unfulfilled' | 'prefulfillmentPending';
  quantityProvisioningInformation: Array<{ quantity: number; status: string }>;
}

/** get-subscription-provisioning-status. */
export interface SubscriptionProvisioningStatus {
  skuId: string;
  status: 'success' | 'pending' | 'failed';
  quantity: number;
  endDate: string;
  attributes: ResourceAttributes<'SubscriptionProvisioningStatus'>;
}

export interface CartCheckoutResult {
  orders: Order[];
  orderErrors: Array<{ orderGroupId: string; code: number; description: string }>;
}

export type SubscriptionStatus =
  'none' | 'active' | 'pending' | 'suspended' | 'expired' | 'disabled' | 'deleted';

export interface Subscription {
  id: string;
  offerId: string;
  /**
   * Documented fields the service derives from the subscription's state; every answer of the mock
   * carries them (see `subscriptionResource`), stored records may not.
   */
  entitlementId?: string;
  /** The base subscription of an add-on; `""` for a base subscription. */
  parentSubscriptionId?: string;
  commitmentEndDateTime?: string;
  billingCycleEndDate?: string;
  billingCycleEndDateTime?: string;
  /** What the partner may still do: `"edit"`, `"cancel"`. */
  actions?: string[];
  offerName: string;
  friendlyName: string;
  productType?: ItemType;
  quantity: number;
  unitType: string;
  hasPurchasableAddons: boolean;
  creationDate: string;
  effectiveStartDate: string;
  commitmentEndDate: string;
  cancellationAllowedUntilDate?: string;
  status: SubscriptionStatus;
  autoRenewEnabled: boolean;
  isTrial: boolean;
  billingType: 'none' | 'usage' | 'license' | 'benefit';
  billingCycle: BillingCycle;
  termDuration: TermDuration;
  /** The term the next renewal starts (Partner Center sends "" where none applies). */
  renewalTermDuration: string;
  refundOptions?: Array<{ type: 'Full' | 'Partial'; expiresAt: string }>;
  refundableQuantity?: {
    totalQuantity: number;
    details: Array<{ quantity: number; allowedUntilDateTime: string }>;
  };
  isMicrosoftProduct: boolean;
  publisherName: string;
  partnerId: string;
  contractType: 'subscription' | 'productKey' | 'redemptionCode';
  promotionId?: string;
  orderId: string;
  /** A change Partner Center applies at the next renewal (coterm, quantity); `null` withdraws it. */
  scheduledNextTermInstructions?: ScheduledNextTermInstructions | null;
  suspensionReasons?: string[];
  links: { product?: Link; sku?: Link; availability?: Link; parentSubscription?: Link; self: Link };
  attributes: ResourceAttributes<'Subscription'> & { etag?: string };
}

export interface ScheduledNextTermInstructions {
  product: {
    productId: string;
    skuId: string;
    availabilityId: string;
    billingCycle: BillingCycle;
    termDuration: TermDuration;
    promotionId?: string;
  };
  quantity: number;
  /** `YYYY-MM-DDT00:00:00`, one of the dates `customTermEndDates` offers for the next term. */
  customTermEndDate?: string;
}

/** `GET …/subscriptions/{id}/transitionEligibilities` items (new-commerce upgrades). */
export interface TransitionEligibility {
  catalogItemId: string;
  title: string;
  description: string;
  quantity?: number;
  eligibilities: Array<{
    isEligible: boolean;
    transitionType: 'transition_only' | 'transition_with_license_transfer';
    errors: Array<{ code: number; description: string }>;
  }>;
}

/** `POST …/subscriptions/{id}/transitions`: request and answer share this shape. */
export interface Transition {
  id?: string;
  fromCatalogItemId: string;
  toCatalogItemId: string;
  fromSubscriptionId: string;
  toSubscriptionId?: string;
  quantity: number;
  termDuration?: TermDuration;
  billingCycle?: BillingCycle;
  transitionType: 'transition_only' | 'transition_with_license_transfer';
  status?: 'pending' | 'complete' | 'failed';
  creationDate?: string;
  /** What happened to the transition, in order (documented; answers only). */
  events?: TransitionEvent[];
  attributes?: ResourceAttributes<'Transition'>;
}

export interface TransitionEvent {
  name: 'Conversion';
  status: 'Started' | 'Completed';
  timestamp: string;
  attributes: ResourceAttributes<'TransitionEvent'>;
}

export interface CustomTermEndDate {
  allowedCustomTermEndDateType: 'calendarMonthAligned' | 'subscriptionAligned';
  allowedCustomTermEndDate: string;
  cotermSubscriptionIds?: string[];
}

/** How a provisioned SKU reached the customer's tenant. */
export type ProvisioningChannel =
  'thisPartner' | 'otherPartner' | 'webDirect' | 'volumeLicensing' | 'legacyCsp';

/**
 * `GET /v1/customers/{id}/subscribedskus`: the licences provisioned in the customer's tenant, from
 * every channel. Partner Center returns `productSku { id, name }` and capacity figures; `productId`,
 * `skuId` and `channel` are ours so the prerequisite check can name the base and its origin.
 */
export interface SubscribedSku {
  productId: string;
  skuId: string;
  productSku: {
    id: string;
    name: string;
    skuPartNumber?: string;
    targetType: 'User' | 'Tenant';
    licenseGroupId?: string;
  };
  capabilityStatus: 'Enabled' | 'Suspended' | 'Deleted';
  totalUnits: number;
  activeUnits: number;
  /** Documented counts the service's answer carries beside totalUnits and activeUnits. */
  availableUnits?: number;
  consumedUnits?: number;
  suspendedUnits?: number;
  warningUnits?: number;
  servicePlans?: Array<{
    displayName: string;
    serviceName: string;
    id: string;
    capabilityStatus: string;
    targetType: string;
  }>;
  channel: ProvisioningChannel;
  attributes: ResourceAttributes<'SubscribedSku'>;
}
