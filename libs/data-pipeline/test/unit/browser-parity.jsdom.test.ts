/**
 * @jest-environment jsdom
 */
// The same computation in a browser-like environment (jsdom: window and document, no Node globals in
// the test's scope): the browser entry loads, and gives the same bytes as in Node.
import { GOLDEN, goldenOutputs } from '../helpers/golden';

it('browser-safe transforms give the pinned output in a browser environment', () => {
  expect(typeof window).toBe('object');
  expect(goldenOutputs()).toBe(GOLDEN);
});
