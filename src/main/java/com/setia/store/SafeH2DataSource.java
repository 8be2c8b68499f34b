package com.setia.store;

import java.io.PrintWriter;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.logging.Logger;

import javax.sql.ConnectionPoolDataSource;
import javax.sql.PooledConnection;

import org.h2.jdbcx.JdbcDataSource;

/**
 * Connections to an H2 file whose folder is NOT part of the JDBC URL. H2 reads settings from everything after a
 * {@code ;} in its URL, so pasting a folder name into it lets a folder called {@code x;AUTO_SERVER=TRUE;y} open a
 * network server, and makes {@code Kedai;Siti} unopenable. Instead the URL names the file relatively
 * ({@code jdbc:h2:./setia;...}) and H2's base directory ({@code h2.baseDir}, read by H2 when a connection is made)
 * is set to the folder for exactly the time a connection is opened, under a lock.
 */
final class SafeH2DataSource implements ConnectionPoolDataSource {
    private static final String BASE_DIR = "h2.baseDir";
    private static final Object LOCK = new Object();

    private final JdbcDataSource h2 = new JdbcDataSource();
    private final String baseDir;

    /** {@code url}: a relative file URL ({@code jdbc:h2:./name;SETTINGS}); {@code baseDir}: the folder (null: none). */
    SafeH2DataSource(String url, String baseDir, String user) {
        h2.setURL(url);
        h2.setUser(user);
        h2.setPassword("");
        this.baseDir = baseDir;
    }

    @Override
    public PooledConnection getPooledConnection() throws SQLException {
        return getPooledConnection(h2.getUser(), "");
    }

    @Override
    public PooledConnection getPooledConnection(String user, String password) throws SQLException {
        if (baseDir == null) {
            return h2.getPooledConnection(user, password);
        }
        synchronized (LOCK) {
            String before = System.getProperty(BASE_DIR);
            System.setProperty(BASE_DIR, baseDir);
            try {
                return h2.getPooledConnection(user, password);
            } finally {
                if (before == null) System.clearProperty(BASE_DIR); else System.setProperty(BASE_DIR, before);
            }
        }
    }

    @Override
    public PrintWriter getLogWriter() {
        return h2.getLogWriter();
    }

    @Override
    public void setLogWriter(PrintWriter out) {
        h2.setLogWriter(out);
    }

    @Override
    public void setLoginTimeout(int seconds) {
        h2.setLoginTimeout(seconds);
    }

    @Override
    public int getLoginTimeout() {
        return h2.getLoginTimeout();
    }

    @Override
    public Logger getParentLogger() throws SQLFeatureNotSupportedException {
        throw new SQLFeatureNotSupportedException();
    }
}
