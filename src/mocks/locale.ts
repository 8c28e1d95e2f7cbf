import type { SupportedLanguage } from '@/lib/locale';

/**
 * The mock's answer languages are the app's. Partner Center localizes what it writes for people
 * (catalog descriptions, announcement text) after the `X-Locale` request header; the mock stores
 * such text with every language side by side, so a fact can never drift between them.
 */
export type AnswerLanguage = SupportedLanguage;

export type Localized = Record<AnswerLanguage, string>;

/**
 * `fr`, `fr-FR`, `fr-CA`… answer in French; anything else (or nothing) in English. The app's own
 * `toSupportedLanguage` reads a UI language the same way, but its module brings react-i18next,
 * which the mock's start-up chunk and the HTTP server do without.
 */
export function answerLanguage(request: Request, url?: URL): AnswerLanguage {
  const requested = url?.searchParams.get('locale') ?? request.headers.get('X-Locale') ?? '';
  return requested.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
