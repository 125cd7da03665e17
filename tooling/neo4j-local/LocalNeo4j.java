import java.nio.file.Path;
import java.util.Map;

import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.graphdb.GraphDatabaseService;

/**
 * A Neo4j Community server for tests and CI, started by `npm run neo4j:local -- start`
 * (tooling/neo4j-local/local-neo4j.ts), which runs this file from source with the class path
 * Maven resolved from pom.xml.
 *
 * Usage: java -cp <class path> LocalNeo4j.java <home folder> <bolt port> <password>
 *
 * It opens the database management service in the home folder with a Bolt connector on
 * 127.0.0.1:<port> and authentication on, sets the password of the built-in user `neo4j`
 * (the same account a packaged server has), prints one line `ready <version> <edition>` and
 * keeps serving until the process is stopped (SIGTERM/SIGINT shut the databases down
 * cleanly). A failure prints one line `failed: <reason>` and exits with status 1.
 */
public final class LocalNeo4j {
  private LocalNeo4j() {}

  public static void main(String[] args) {
    if (args.length != 3) {
      System.out.println("failed: usage: LocalNeo4j.java <home folder> <bolt port> <password>");
      System.exit(2);
    }
    DatabaseManagementService dbms = null;
    try {
      SocketAddress bolt = new SocketAddress("127.0.0.1", Integer.parseInt(args[1]));
      dbms = new DatabaseManagementServiceBuilder(Path.of(args[0]))
          .setConfig(BoltConnector.enabled, true)
          .setConfig(BoltConnector.listen_address, bolt)
          .setConfig(BoltConnector.advertised_address, bolt)
          .setConfig(GraphDatabaseSettings.auth_enabled, true)
          // Small and bounded: the machines that run tests are shared.
          .setConfig(GraphDatabaseSettings.pagecache_memory, 128L * 1024 * 1024)
          .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 files")
          .build();
      setPassword(dbms.database("system"), args[2]);
      String component = dbms.database("neo4j").executeTransactionally(
          "CALL dbms.components() YIELD versions, edition RETURN versions[0] + ' ' + edition AS v",
          Map.of(),
          result -> (String) result.next().get("v"));
      final DatabaseManagementService running = dbms;
      Runtime.getRuntime().addShutdownHook(new Thread(running::shutdown, "neo4j-shutdown"));
      System.out.println("ready " + component);
      System.out.flush();
    } catch (Throwable error) {
      Throwable root = error;
      while (root.getCause() != null && root.getCause() != root) root = root.getCause();
      System.out.println("failed: " + oneLine(error) + (root == error ? "" : " (" + oneLine(root) + ")"));
      System.out.flush();
      if (dbms != null) dbms.shutdown();
      System.exit(1);
    }
  }

  /** Gives user neo4j the password; on a restart over the same data it already has it. */
  private static void setPassword(GraphDatabaseService system, String password) {
    try {
      system.executeTransactionally(
          "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED",
          Map.of("password", password));
    } catch (RuntimeException error) {
      String message = String.valueOf(error.getMessage());
      if (!message.contains("Old password and new password cannot be the same")) throw error;
    }
  }

  private static String oneLine(Throwable error) {
    String message = error.getMessage();
    return (message == null ? error.getClass().getSimpleName() : message).replaceAll("\\s+", " ");
  }
}
