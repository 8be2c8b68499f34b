package com.setia.store;

import java.io.PrintWriter;
import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.sql.Statement;
import java.util.Set;
import java.util.logging.Logger;

import javax.sql.DataSource;

/**
 * Saved means on the disk. H2 acknowledges a commit once it has handed the change to its store, which writes it
 * out a little later, and nothing forces the operating system to put it on the disk: a kill or a power cut right
 * after "Saved" could lose it. Every connection handed out here runs {@code CHECKPOINT SYNC} (H2: write out
 * everything committed and fsync the file) right after each commit, and after each statement that changed data in
 * auto-commit mode, before the caller goes on. One place, so every service, Flyway and the import get it.
 */
final class DurableConnections implements DataSource {
    private static final Set<String> EXECUTES = Set.of("execute", "executeUpdate", "executeLargeUpdate", "executeBatch",
            "executeLargeBatch");
    private final DataSource pool;

    DurableConnections(DataSource pool) {
        this.pool = pool;
    }

    @Override
    public Connection getConnection() throws SQLException {
        return wrap(pool.getConnection());
    }

    @Override
    public Connection getConnection(String user, String password) throws SQLException {
        return wrap(pool.getConnection(user, password));
    }

    static Connection wrap(Connection real) {
        return (Connection) Proxy.newProxyInstance(DurableConnections.class.getClassLoader(),
                new Class<?>[] {Connection.class}, new ConnectionHandler(real));
    }

    /** Writes out what is committed and forces it to the disk. */
    static void sync(Connection real) throws SQLException {
        try (Statement s = real.createStatement()) {
            s.execute("CHECKPOINT SYNC");
        }
    }

    private static Object call(Object target, Method m, Object[] args) throws Throwable {
        try {
            return m.invoke(target, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static final class ConnectionHandler implements InvocationHandler {
        private final Connection real;

        ConnectionHandler(Connection real) {
            this.real = real;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            switch (m.getName()) {
                case "unwrap":
                    if (args[0] == Connection.class) return proxy;
                    return call(real, m, args);
                case "isWrapperFor":
                    return args[0] == Connection.class || (boolean) call(real, m, args);
                case "equals":
                    return proxy == args[0];
                case "hashCode":
                    return System.identityHashCode(proxy);
                default:
                    break;
            }
            Object result = call(real, m, args);
            if (m.getName().equals("commit")) {
                sync(real);
            } else if (result instanceof Statement statement && m.getName().matches("createStatement|prepareStatement|prepareCall")) {
                Class<?> type = m.getReturnType();
                return Proxy.newProxyInstance(DurableConnections.class.getClassLoader(), new Class<?>[] {type},
                        new StatementHandler(real, statement, proxy));
            }
            return result;
        }
    }

    private static final class StatementHandler implements InvocationHandler {
        private final Connection real;
        private final Statement statement;
        private final Object connectionProxy;

        StatementHandler(Connection real, Statement statement, Object connectionProxy) {
            this.real = real;
            this.statement = statement;
            this.connectionProxy = connectionProxy;
        }

        @Override
        public Object invoke(Object proxy, Method m, Object[] args) throws Throwable {
            if (m.getName().equals("getConnection")) return connectionProxy;
            if (m.getName().equals("equals")) return proxy == args[0];
            if (m.getName().equals("hashCode")) return System.identityHashCode(proxy);
            Object result = call(statement, m, args);
            if (EXECUTES.contains(m.getName()) && real.getAutoCommit()
                    && !(m.getName().equals("execute") && Boolean.TRUE.equals(result))) {
                sync(real); // a change made in auto-commit mode is committed already: put it on the disk now
            }
            return result;
        }
    }

    @Override
    public PrintWriter getLogWriter() throws SQLException {
        return pool.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) throws SQLException {
        pool.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) throws SQLException {
        pool.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() throws SQLException {
        return pool.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }

    @Override
    public <T> T unwrap(Class<T> iface) throws SQLException {
        return pool.unwrap(iface);
    }

    @Override
    public boolean isWrapperFor(Class<?> iface) throws SQLException {
        return pool.isWrapperFor(iface);
    }
}
