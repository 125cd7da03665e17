import { auth, driver as newDriver, type Config } from 'neo4j-driver';
import { StoreUnavailableError } from '../errors.js';
import type { CreateNeo4jDriver, Neo4jDriverPort, Neo4jDriverSettings } from './driver-port.js';
import { describeUri } from './redact.js';

interface SharedDriver {
  readonly driver: Neo4jDriverPort;
  readonly settingsKey: string;
  holders: number;
}

/**
 * One driver per URI per process: a driver owns a connection pool, a routing table and the
 * bookmark manager that gives read-your-writes across sessions, so every store opened on
 * the same URI shares it. Module-level on purpose.
 */
const sharedDrivers = new Map<string, SharedDriver>();

/** Builds a real neo4j-driver `Driver` from the adapter's settings. */
export const createNeo4jDriver: CreateNeo4jDriver = (settings) => {
  const config: Config = {};
  if (settings.maxConnectionPoolSize !== undefined) {
    config.maxConnectionPoolSize = settings.maxConnectionPoolSize;
  }
  if (settings.connectionAcquisitionTimeoutMs !== undefined) {
    config.connectionAcquisitionTimeout = settings.connectionAcquisitionTimeoutMs;
  }
  if (settings.connectionTimeoutMs !== undefined) {
    config.connectionTimeout = settings.connectionTimeoutMs;
  }
  if (settings.maxTransactionRetryTimeMs !== undefined) {
    config.maxTransactionRetryTime = settings.maxTransactionRetryTimeMs;
  }
  return newDriver(settings.uri, auth.basic(settings.user, settings.password), config);
};

/**
 * Returns the process's driver for `settings.uri`, creating it on first use. A second
 * store on the same URI reuses the driver (reference counted, see `releaseNeo4jDriver`);
 * asking for the same URI with a different user, password or pool settings throws, since
 * one driver cannot serve both and silently opening a second pool would hide the mistake.
 */
export function acquireNeo4jDriver(
  settings: Neo4jDriverSettings,
  create: CreateNeo4jDriver = createNeo4jDriver,
): Neo4jDriverPort {
  const settingsKey = JSON.stringify([
    settings.user,
    settings.password,
    settings.maxConnectionPoolSize,
    settings.connectionAcquisitionTimeoutMs,
    settings.connectionTimeoutMs,
    settings.maxTransactionRetryTimeMs,
  ]);
  const existing = sharedDrivers.get(settings.uri);
  if (existing) {
    if (existing.settingsKey !== settingsKey) {
      throw new Error(
        `a Neo4j driver for NEO4J_URI ${describeUri(settings.uri)} is already open in this process with a different user, password or pool settings; close the other store first (one driver per URI per process)`,
      );
    }
    existing.holders += 1;
    return existing.driver;
  }
  let driver: Neo4jDriverPort;
  try {
    driver = create(settings);
  } catch (error) {
    // The driver validates the URI (scheme, host, port) synchronously.
    throw new StoreUnavailableError(
      `NEO4J_URI ${describeUri(settings.uri)} is not a usable Neo4j URI: ${error instanceof Error ? error.message : String(error)}`,
      { cause: error },
    );
  }
  sharedDrivers.set(settings.uri, { driver, settingsKey, holders: 1 });
  return driver;
}

/** Gives back one hold on the URI's driver; the last holder closes it. */
export async function releaseNeo4jDriver(uri: string): Promise<void> {
  const shared = sharedDrivers.get(uri);
  if (!shared) return;
  shared.holders -= 1;
  if (shared.holders > 0) return;
  sharedDrivers.delete(uri);
  await shared.driver.close();
}
