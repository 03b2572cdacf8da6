// Runs in the browser before any page code (and so before anything parses a scenario).
import { config } from 'zod/v4/core';

// zod's faster parsers compile code with `new Function`, which the app's content policy forbids
// (no 'unsafe-eval'): under the policy zod would fall back to its plain parsers anyway, but its
// probe for `new Function` is reported as a violation. So parse without trying.
config({ jitless: true });
