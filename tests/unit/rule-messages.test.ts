import { describe, expect, it } from 'vitest';
import { common } from '@/components/i18n';
import { ruleKeys, ruleMessageInEnglish } from '@/lib/rule-messages';

describe('rule keys', () => {
  it.each(ruleKeys)('%s has its own wording in the interface (English and French) and in the mock', (key) => {
    for (const language of ['en', 'fr'] as const) {
      const wordings = common[language].validation as Record<string, string>;
      const forms = [key, `${key}_one`, `${key}_other`].filter((name) => name in wordings);
      expect(forms.length, `${language} validation.${key}`).toBeGreaterThan(0);
    }
    // The mock's fallback is the sentence for an unknown key: each known one says more.
    expect(key === 'invalid' || ruleMessageInEnglish(`${key}:1`) !== ruleMessageInEnglish('unknown')).toBe(
      true,
    );
  });
});
