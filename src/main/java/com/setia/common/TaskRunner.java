package com.setia.common;

import java.util.concurrent.Callable;
import java.util.function.Consumer;

/**
 * Runs slow work (database, PDF, printing) away from the UI thread and hands the result back to it.
 * View-models take one of these, so tests can run the same code synchronously.
 */
public interface TaskRunner {
    <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure);

    /**
     * The runner for long work (a backup, an import, an export) that must not hold up the owner's clicks: its work
     * runs beside this runner's, not queued before it. This one where there is no second thread (tests).
     */
    default TaskRunner longWork() {
        return this;
    }

    /**
     * The runner for search-as-you-type: reads only, on a thread of their own, so a keystroke's search never waits
     * behind a save or a list being read. This one where there is no second thread (tests).
     */
    default TaskRunner searches() {
        return this;
    }

    /** Runs everything at once on the calling thread: for tests and tools without a UI. */
    TaskRunner DIRECT = new TaskRunner() {
        @Override
        public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
            T result;
            try {
                result = work.call();
            } catch (Exception | Error e) {
                onFailure.accept(e);
                return;
            }
            onSuccess.accept(result);
        }
    };
}
