// eslint-disable-next-line no-restricted-syntax -- the one place that imports zod's runtime
import { z } from 'zod';

/**
 * Zod, configured for the Content-Security-Policy: by default it probes `new Function('')` to compile
 * object parsers, and under a policy without 'unsafe-eval' that probe alone reports a violation.
 * Interpreted parsing gives the same results. Every module takes `z` from here (lint enforces it),
 * so the setting is made before any schema is built.
 */
z.config({ jitless: true });

export { z };
