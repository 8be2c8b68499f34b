package com.setia.store;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Listens on its own connection for the {@code setia_change} notifications the tables' triggers send on commit
 * (payload {@code table:id}), and passes them on in batches. When the connection drops it reconnects and reports
 * every table as changed, since notifications sent meanwhile are gone.
 */
final class PgChangeFeed implements ChangeFeed {
    static final String CHANNEL = "setia_change";
    private static final System.Logger LOG = System.getLogger(PgChangeFeed.class.getName());

    interface Connector {
        Connection connect() throws SQLException;
    }

    private final Connector connector;
    private final List<Consumer<List<Change>>> listeners = new CopyOnWriteArrayList<>();
    private final Thread thread;
    private volatile boolean running = true;
    private volatile Connection connection;
    private final java.util.concurrent.CountDownLatch listening = new java.util.concurrent.CountDownLatch(1);

    PgChangeFeed(Connector connector) {
        this.connector = connector;
        this.thread = new Thread(this::run, "setia-change-feed");
        this.thread.setDaemon(true);
        this.thread.start();
        try {
            // Changes committed from here on reach this PC: wait (briefly) until the server listens for us.
            listening.await(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public AutoCloseable subscribe(Consumer<List<Change>> listener) {
        listeners.add(listener);
        return () -> listeners.remove(listener);
    }

    @Override
    public boolean live() {
        return true;
    }

    private void run() {
        boolean lost = false;
        while (running) {
            try (Connection c = connector.connect()) {
                connection = c;
                try (Statement s = c.createStatement()) {
                    s.execute("LISTEN " + CHANNEL);
                }
                listening.countDown();
                if (lost) {
                    deliver(List.of(new Change("*", Set.of(), true)));
                    lost = false;
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                while (running) {
                    PGNotification[] batch = pg.getNotifications(500);
                    if (batch != null && batch.length > 0) {
                        deliver(parse(batch));
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (!running) break;
                lost = true;
                LOG.log(System.Logger.Level.WARNING, "Change notifications interrupted; reconnecting", e);
                try {
                    Thread.sleep(2000);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    break;
                }
            } finally {
                connection = null;
            }
        }
    }

    static List<Change> parse(PGNotification[] batch) {
        Map<String, Set<Long>> ids = new LinkedHashMap<>();
        Set<String> all = new HashSet<>();
        for (PGNotification n : batch) {
            String payload = n.getParameter() == null ? "" : n.getParameter();
            int colon = payload.indexOf(':');
            String table = colon < 0 ? payload : payload.substring(0, colon);
            String id = colon < 0 ? "" : payload.substring(colon + 1);
            try {
                ids.computeIfAbsent(table, t -> new HashSet<>()).add(Long.parseLong(id));
            } catch (NumberFormatException e) {
                ids.computeIfAbsent(table, t -> new HashSet<>());
                all.add(table);
            }
        }
        List<Change> out = new ArrayList<>();
        ids.forEach((table, set) -> out.add(new Change(table, Set.copyOf(set), all.contains(table))));
        return out;
    }

    private void deliver(List<Change> changes) {
        for (Consumer<List<Change>> l : listeners) {
            try {
                l.accept(changes);
            } catch (RuntimeException e) {
                LOG.log(System.Logger.Level.WARNING, "A change listener failed", e);
            }
        }
    }

    @Override
    public void close() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing anyway
            }
        }
        try {
            thread.join(3000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
