/**
 * A customer's initial domain as Partner Center stores it: lower case, under `.onmicrosoft.com`
 * (a bare name such as `contoso` means `contoso.onmicrosoft.com`). The mock creates customers and
 * answers availability checks with it, and the form names the domain it checked with it.
 */
export function onMicrosoftDomain(domain: string): string {
  const name = domain.trim().toLowerCase();
  return name.endsWith('.onmicrosoft.com') ? name : `${name}.onmicrosoft.com`;
}
