import type {
  CreateNeo4jDriver,
  Neo4jSessionConfig,
  Neo4jTransactionConfig,
} from '../../src/graph/neo4j/driver-port.js';
import { createNeo4jDriver } from '../../src/graph/neo4j/neo4j-registry.js';

// The real neo4j driver, wrapped only to see what the Neo4j adapter asks of it: the sessions it
// opens with their transaction settings, its connectivity checks and its closes.

export interface SessionRecord {
  readonly config: Neo4jSessionConfig;
  readonly txConfigs: Array<Neo4jTransactionConfig | undefined>;
}

export interface DriverLog {
  readonly sessions: SessionRecord[];
  readonly verifies: Array<{ database?: string }>;
  created: number;
  closes: number;
  bookmarkManager?: unknown;
}

/** The real driver, with every session, transaction config, ping and close written to `log`. */
export function recordingDriver(log: DriverLog): CreateNeo4jDriver {
  return (settings) => {
    const real = createNeo4jDriver(settings);
    log.created += 1;
    log.bookmarkManager = real.executeQueryBookmarkManager;
    return {
      executeQueryBookmarkManager: real.executeQueryBookmarkManager,
      session(config) {
        const record: SessionRecord = { config, txConfigs: [] };
        log.sessions.push(record);
        const session = real.session(config);
        return {
          beginTransaction(txConfig) {
            record.txConfigs.push(txConfig);
            return session.beginTransaction(txConfig);
          },
          executeWrite(work, txConfig) {
            record.txConfigs.push(txConfig);
            return session.executeWrite(work, txConfig);
          },
          close: () => session.close(),
        };
      },
      verifyConnectivity(options) {
        log.verifies.push(options);
        return real.verifyConnectivity(options);
      },
      close() {
        log.closes += 1;
        return real.close();
      },
    };
  };
}

export function newDriverLog(): DriverLog {
  return { sessions: [], verifies: [], created: 0, closes: 0 };
}
