import { afterAll, beforeAll, describe } from 'vitest';
import { postgresStores, startPostgres, usePostgres, type TestPostgres } from '../helpers/postgres.js';
import { describeStoreConformance } from './conformance.js';

/**
 * The store conformance suite on PostgreSQL: one throwaway cluster for this file, a fresh database
 * (migrated by openPostgres) for every test, its pool closed after the test.
 */
describe.skipIf(!usePostgres('PostgreSQL store conformance tests'))('PostgreSQL', () => {
  let server: TestPostgres | undefined;

  beforeAll(async () => {
    server = await startPostgres();
  }, 60_000);

  afterAll(async () => {
    await server?.stop();
  });

  describeStoreConformance({
    name: 'PostgreSQL',
    async open() {
      if (!server) throw new Error('the PostgreSQL test cluster did not start');
      return postgresStores(await server.newDatabase());
    },
    // Each run is a few dozen round trips to the server; 25 runs still cover ties, gaps and repeats.
    propertyRuns: 25,
  });
});
