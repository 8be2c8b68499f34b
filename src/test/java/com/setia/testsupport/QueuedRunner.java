package com.setia.testsupport;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.Callable;
import java.util.function.Consumer;

import com.setia.common.TaskRunner;

/**
 * A task runner that holds the work until {@link #runAll()}: what the owner sees while a save is still running
 * (a second click, a loading list), without threads.
 */
public final class QueuedRunner implements TaskRunner {
    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Callable<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> TaskRunner.DIRECT.run(work, onSuccess, onFailure));
    }

    /** How many pieces of work wait. */
    public int waiting() {
        return queue.size();
    }

    /** Runs the piece of work that waited longest (not what it queues in turn); false when nothing waits. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next == null) return false;
        next.run();
        return true;
    }

    /** Runs what waits, and what that work queues in turn, until nothing is left. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
