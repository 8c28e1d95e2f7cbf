/**
 * The demo partner is billed in euros: its billing profile's currency, and the currency of
 * new-commerce offers sold to its customers in the EU/EFTA. Its own module, so the account
 * handlers read it without loading the catalog.
 */
export const partnerBillingCurrency = { code: 'EUR', symbol: '€', usdRate: 0.92 };
