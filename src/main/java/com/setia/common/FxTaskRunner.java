package com.setia.common;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.concurrent.Task;

/**
 * Runs work as a JavaFX {@link Task} on one background thread; callbacks arrive on the FX thread. Long work (backups,
 * imports) goes to {@link #longWork()}, a second thread, so a daily backup of a big store never keeps the owner's
 * search or a save waiting behind it; search-as-you-type goes to {@link #searches()}, a third, so a keystroke never
 * waits behind a save or a list being read.
 */
public final class FxTaskRunner implements TaskRunner, AutoCloseable {
    private static final Logger LOG = Logger.getLogger(FxTaskRunner.class.getName());
    private final ExecutorService executor;
    private final FxTaskRunner longWork;
    private final FxTaskRunner searches;

    public FxTaskRunner() {
        this.executor = executor("setia-worker");
        this.longWork = new FxTaskRunner(executor("setia-long-work"));
        this.searches = new FxTaskRunner(executor("setia-search"));
    }

    private FxTaskRunner(ExecutorService executor) {
        this.executor = executor;
        this.longWork = null;
        this.searches = null;
    }

    private static ExecutorService executor(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    @Override
    public TaskRunner longWork() {
        return longWork == null ? this : longWork;
    }

    @Override
    public TaskRunner searches() {
        return searches == null ? this : searches;
    }

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.call();
            }
        };
        task.setOnSucceeded(e -> onSuccess.accept(task.getValue()));
        task.setOnFailed(e -> {
            Throwable error = task.getException();
            // A refusal is the owner's input being checked, not a fault: no stack trace, unless something (a printer,
            // a disk) failed underneath it; then the detail is for whoever helps the owner.
            if (error instanceof Refusal r && r.getCause() == null) LOG.fine(() -> "Refused: " + r.messageKeys());
            else if (error instanceof Refusal r) LOG.log(Level.WARNING, "Refused: " + r.messageKeys(), r.getCause());
            else LOG.log(Level.WARNING, "Background work failed", error);
            onFailure.accept(task.getException());
        });
        executor.execute(task);
    }

    @Override
    public void close() {
        if (longWork != null) longWork.close();
        if (searches != null) searches.close();
        executor.shutdown();
        try {
            executor.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
