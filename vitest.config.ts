import { randomBytes } from 'node:crypto';
import { defineConfig } from 'vitest/config';

/**
 * Three suites: unit (pure logic, no database), integration (the real app on a real PostgreSQL that
 * the global setup starts and stops, or TEST_DATABASE_URL), e2e (a real headless Chromium).
 */
/**
 * Tests run their webhook receivers and model servers on 127.0.0.1 (the SSRF tests switch this off), and
 * seal secrets with a key of their own run rather than a key file in ./data.
 */
const OUTBOUND_FOR_TESTS = {
  ZABOTA_WEBHOOK_ALLOW_PRIVATE: '1',
  ZABOTA_SECRET_KEY: randomBytes(32).toString('base64'),
};

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          env: OUTBOUND_FOR_TESTS,
          include: ['src/**/*.test.ts', 'bench/**/*.test.ts', 'test/lint/*.test.ts'],
          exclude: ['**/*.int.test.ts', 'node_modules/**'],
        },
      },
      {
        test: {
          name: 'integration',
          env: OUTBOUND_FOR_TESTS,
          include: ['src/**/*.int.test.ts', 'test/**/*.int.test.ts'],
          globalSetup: ['test/support/global-setup.ts'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          env: OUTBOUND_FOR_TESTS,
          include: ['e2e/**/*.e2e.test.ts'],
          globalSetup: ['test/support/global-setup.ts', 'e2e/support/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
