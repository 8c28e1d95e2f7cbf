/**
 * A customer's initial domain as Partner Center stores it: lower case, a bare name such as
 * `contoso` under `.onmicrosoft.com`. A name with a dot is a whole domain already (the
 * create-a-customer sample sends `xyz.ccsctp.net`, a test environment's, and gets it back). The
 * mock creates customers and answers availability checks with it, and the form names the domain
 * it checked with it (the form accepts bare names and .onmicrosoft.com ones only).
 */
export function onMicrosoftDomain(domain: string): string {
  const name = domain.trim().toLowerCase();
  return name.includes('.') ? name : `${name}.onmicrosoft.com`;
}
