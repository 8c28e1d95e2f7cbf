/**
 * The mock's two answer languages. Partner Center localizes what it writes for people (catalog
 * descriptions, announcement text) after the `X-Locale` request header; the mock stores such
 * text with both languages side by side, so a fact can never drift between them.
 */
export interface Localized {
  en: string;
  fr: string;
}

export type AnswerLanguage = keyof Localized;

/** `fr`, `fr-FR`, `fr-CA`… answer in French; anything else (or nothing) in English. */
export function answerLanguage(request: Request, url?: URL): AnswerLanguage {
  const requested = url?.searchParams.get('locale') ?? request.headers.get('X-Locale') ?? '';
  return requested.toLowerCase().startsWith('fr') ? 'fr' : 'en';
}
