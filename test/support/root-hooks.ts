/**
 * The clean-up after every test of a file that imports the helpers: the fixtures leave
 * the page first (so nothing refetches), then the answer cache and `configure()` go. A
 * file's own `afterEach` runs before this one (mocha runs the innermost hooks first).
 */
import { fixtureCleanup } from '@open-wc/testing';
import { clearCache } from '../../src/core/client.js';
import { resetConfiguration } from '../../src/core/config.js';

afterEach(() => {
  fixtureCleanup();
  clearCache();
  resetConfiguration();
});
