package com.setia.common;

/**
 * How long work (an import, an export, a backup) reports how far it is, and learns that the owner cancelled.
 * Implementations are called from the worker thread.
 */
public interface Progress {
    /** {@code done} of {@code total} units of work are finished. */
    void update(long done, long total);

    boolean isCancelled();

    /** Throws {@link CancelledException} when the owner cancelled; call it between units of work. */
    default void checkCancelled() {
        if (isCancelled()) {
            throw new CancelledException();
        }
    }

    /** For callers that neither show progress nor cancel (the command line, tests). */
    Progress NONE = new Progress() {
        @Override
        public void update(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
