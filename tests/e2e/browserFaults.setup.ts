import { afterEach, expect } from 'vitest';
import { takeBrowserFaults } from '../support/browserFaults';

// A browser test fails when the app threw or logged an error it could only report, even if
// the screen the test looked at came out right (tests/support/browserFaults.ts).
afterEach(() => {
  expect(takeBrowserFaults(), 'errors inside the app during this test').toEqual([]);
});
