// Waiting for a number the overlay shows: its decimal attribute (data-estimate, data-value) polled
// until it is within a tolerance of the value the test computed from the venue's rule.
import Decimal from 'decimal.js';
import type { Page } from 'playwright-core';
import { expect } from 'vitest';

const D = Decimal.clone({ precision: 40 });

/** Waits until the element's `attribute` is a decimal within `tolerance` (absolute) of `expected`. */
export async function expectDecimalAttribute(page: Page, selector: string, attribute: string, expected: Decimal, tolerance: Decimal.Value, timeout = 30_000): Promise<void> {
  await expect
    .poll(
      async () => {
        const value = await page.locator(selector).getAttribute(attribute, { timeout: 1000 }).catch(() => null);
        if (value === null || !/^-?\d/.test(value)) return `not a number yet: ${value}`;
        return new D(value).sub(expected.toString()).abs().lte(tolerance) ? 'close' : `${value} != ${expected.toString()}`;
      },
      { timeout, interval: 50 },
    )
    .toBe('close');
}

/** Waits until the element's data-estimate is a decimal within `relative` of `expected`. */
export function expectEstimate(page: Page, selector: string, expected: Decimal, relative: Decimal.Value = '1e-9'): Promise<void> {
  return expectDecimalAttribute(page, selector, 'data-estimate', expected, new D(expected.toString()).abs().mul(relative));
}
