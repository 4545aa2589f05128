package org.bwc.articlex.benchmark;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;

/**
 * The PostgreSQL server of {@code scripts/bench}: the tests' embedded PostgreSQL 16 on a fixed port with a data
 * directory of the script's, {@code fsync} on as in production. Prints {@code READY <port>} and runs until killed.
 * Arguments: port, data directory.
 */
public final class BenchPostgres {

    private BenchPostgres() {
    }

    public static void main(String[] args) throws Exception {
        int port = Integer.parseInt(args[0]);
        EmbeddedPostgres server = EmbeddedPostgres.builder().setPort(port).setDataDirectory(new File(args[1]))
                .setCleanDataDirectory(true).setServerConfig("max_connections", "300")
                .setServerConfig("fsync", "on").setServerConfig("synchronous_commit", "on")
                .setServerConfig("shared_buffers", "256MB").start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } catch (Exception ignored) {
                // going away
            }
        }));
        System.out.println("READY " + port);
        System.out.flush();
        Thread.currentThread().join();
    }
}
