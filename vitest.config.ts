import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: [
            'contract/**/*.test.ts',
            'domain/**/*.test.ts',
            'server/**/*.test.ts',
            'tests/**/*.test.ts',
            'web/**/*.test.ts',
          ],
          environment: 'node',
          sequence: { groupOrder: 0 },
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['e2e/**/*.test.ts'],
          environment: 'node',
          // The browser journeys run after the API suites, not beside them: on two cores the API suites'
          // parallel bursts (uploads, logins) slowed a journey past its waits (a fresh-clone run failed so).
          sequence: { groupOrder: 1 },
          fileParallelism: false,
          testTimeout: 90_000,
          hookTimeout: 180_000,
        },
      },
    ],
  },
});
