// Apart from the schemas (and zod): the mock's 400 answers use it in modules that must not load them.

/**
 * Every rule key the shared schemas give as a message (`tooLong:100` carries its limit after the
 * colon). The UI translates exactly these (`validation.<key>`); anything else is shown as it came.
 */
export const ruleKeys = [
  'required',
  'tooLong',
  'email',
  'phone',
  'guid',
  'domain',
  'website',
  'webAddress',
  'taxId',
  'industries',
  'industriesMax',
  'notInFuture',
  'invalid',
] as const;
export type RuleKey = (typeof ruleKeys)[number];

export const isRuleKey = (key: string): key is RuleKey => (ruleKeys as readonly string[]).includes(key);

/** English wording of the rule keys, for the mock's 400 bodies (the UI translates the keys itself). */
export function ruleMessageInEnglish(key: string): string {
  const [name = '', arg] = key.split(':');
  if (!isRuleKey(name)) return 'This value is not valid.';
  switch (name) {
    case 'required':
      return 'This field is required.';
    case 'tooLong':
      return `Use at most ${arg} characters.`;
    case 'email':
      return 'Enter a valid email address.';
    case 'phone':
      return 'Enter a valid phone number.';
    case 'notInFuture':
      return 'The date cannot be in the future.';
    case 'guid':
      return 'Enter a GUID such as 0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0.';
    case 'domain':
      return 'Enter a domain name such as contoso.onmicrosoft.com.';
    case 'website':
      return 'Enter a full https:// address.';
    case 'webAddress':
      return 'Enter a web address such as www.contoso.com.';
    case 'taxId':
      return `Enter the tax number in its national format, for example ${arg}.`;
    case 'industries':
      return 'Choose at least one industry.';
    case 'industriesMax':
      return `Choose at most ${arg} industries.`;
    case 'invalid':
      return 'This value is not valid.';
  }
}
