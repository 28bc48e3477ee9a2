import { GOLDEN, goldenOutputs } from '../helpers/golden';

it('browser-safe transforms give the pinned output in Node', () => {
  expect(goldenOutputs()).toBe(GOLDEN);
});
