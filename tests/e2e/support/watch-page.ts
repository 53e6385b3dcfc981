import type { Page } from '@playwright/test';

/**
 * What a page did that a user or the Content-Security-Policy would object to:
 * blocked resources, errors in the console, and requests to another host.
 * `take()` returns what happened since the last call and starts afresh, so one
 * page object can visit many paths.
 */
export interface PageWatch {
  take(): Promise<{ cspViolations: string[]; consoleErrors: string[]; foreignRequests: string[] }>;
}

declare global {
  interface Window {
    __cspViolations?: string[];
  }
}

export async function watchPage(page: Page, baseURL: string): Promise<PageWatch> {
  const origin = new URL(baseURL).origin;
  let consoleErrors: string[] = [];
  let foreignRequests: string[] = [];
  // Injected through the browser's debugging protocol, so the CSP does not block it.
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (event) => {
      window.__cspViolations?.push(
        `${event.effectiveDirective} blocked ${event.blockedURI || 'inline code'}` +
          (event.sourceFile ? ` (${event.sourceFile}:${event.lineNumber})` : ''),
      );
    });
  });
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(`uncaught: ${error.message}`));
  page.on('request', (request) => {
    const url = request.url();
    if (/^https?:/.test(url) && new URL(url).origin !== origin) foreignRequests.push(url);
  });
  return {
    async take() {
      const cspViolations = await page.evaluate(() => window.__cspViolations?.splice(0) ?? []);
      const found = { cspViolations, consoleErrors, foreignRequests };
      consoleErrors = [];
      foreignRequests = [];
      return found;
    },
  };
}
