/**
 * Zod for code that runs in the browser. The site runs under a strict CSP (no
 * 'unsafe-eval'): Zod must not probe `new Function`, which the browser reports
 * as a violation. Browser-side schemas import `z` from here, never from 'zod'.
 */
import { z } from 'zod';

z.config({ jitless: true });

export { z };
