package com.setia.visit;

/** How a long import reports how far it is, and learns that the owner cancelled it. */
public interface ImportProgress {
    void progress(long done, long total);

    boolean isCancelled();

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void progress(long done, long total) {
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
