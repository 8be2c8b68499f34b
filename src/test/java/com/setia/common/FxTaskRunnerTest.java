package com.setia.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import org.jdbi.v3.core.statement.SqlLogger;
import org.jdbi.v3.core.statement.StatementContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;

import javafx.application.Platform;

import com.setia.customer.CustomerDraft;
import com.setia.customer.CustomerListViewModel;
import com.setia.customer.CustomerService;
import com.setia.store.Database;

/**
 * The real {@link FxTaskRunner}, on a running JavaFX toolkit: work asked for on the FX thread runs on the worker,
 * and its answer (or its failure) comes back on the FX thread. Checked with a real view-model over a real store:
 * every SQL statement it causes is executed away from the FX thread.
 */
class FxTaskRunnerTest {
    private Database database;
    private FxTaskRunner runner;
    private final List<String> statementThreads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    @BeforeEach
    void open() {
        database = Database.openInMemory("runner-" + UUID.randomUUID());
        database.jdbi().setSqlLogger(new SqlLogger() {
            @Override
            public void logBeforeExecution(StatementContext context) {
                statementThreads.add((Platform.isFxApplicationThread() ? "FX:" : "") + Thread.currentThread().getName());
            }
        });
        runner = new FxTaskRunner();
    }

    @AfterEach
    void close() {
        runner.close();
        database.close();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> action) throws Exception {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(action.call());
            } catch (Exception e) {
                result.completeExceptionally(e);
            }
        });
        return result.get(10, TimeUnit.SECONDS);
    }

    @Test
    void workRunsOnTheWorkerAndTheAnswerComesBackOnTheFxThread() throws Exception {
        CompletableFuture<String> workThread = new CompletableFuture<>();
        CompletableFuture<Boolean> answerOnFx = new CompletableFuture<>();
        onFx(() -> {
            runner.run(() -> {
                workThread.complete((Platform.isFxApplicationThread() ? "FX:" : "") + Thread.currentThread().getName());
                return 42;
            }, answer -> answerOnFx.complete(Platform.isFxApplicationThread() && answer == 42), answerOnFx::completeExceptionally);
            return null;
        });
        assertThat(workThread.get(10, TimeUnit.SECONDS)).isEqualTo("setia-worker");
        assertThat(answerOnFx.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aFailureComesBackOnTheFxThread() throws Exception {
        CompletableFuture<Boolean> failureOnFx = new CompletableFuture<>();
        onFx(() -> {
            runner.run(() -> {
                throw new IllegalStateException("disk full");
            }, answer -> failureOnFx.complete(false), e -> failureOnFx.complete(Platform.isFxApplicationThread()
                    && e.getMessage().equals("disk full")));
            return null;
        });
        assertThat(failureOnFx.get(10, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void aViewModelsStoreWorkRunsOffTheFxThread() throws Exception {
        CustomerService service = new CustomerService(database.jdbi(), Clock.systemUTC());
        service.create(CustomerDraft.named("Siti Aminah"));
        statementThreads.clear();
        CustomerListViewModel list = onFx(() -> new CustomerListViewModel(service, runner, 50));
        CompletableFuture<Integer> shown = new CompletableFuture<>();
        onFx(() -> {
            list.queryProperty().set("siti"); // as typed into the search box: on the FX thread
            list.refresh(() -> shown.complete(list.rows().size()));
            return null;
        });
        assertThat(shown.get(10, TimeUnit.SECONDS)).isEqualTo(1);
        assertThat(statementThreads).isNotEmpty().allMatch(t -> t.equals("setia-worker"));
    }

    @Test
    void longWorkDoesNotKeepQuickWorkWaiting() throws Exception {
        java.util.concurrent.CountDownLatch backupMayEnd = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<String> quick = new CompletableFuture<>();
        CompletableFuture<String> longDone = new CompletableFuture<>();
        onFx(() -> {
            runner.longWork().run(() -> {
                backupMayEnd.await(10, TimeUnit.SECONDS); // a long backup, still running
                return Thread.currentThread().getName();
            }, longDone::complete, longDone::completeExceptionally);
            runner.run(() -> Thread.currentThread().getName(), quick::complete, quick::completeExceptionally);
            return null;
        });
        // the owner's search answers while the backup is still running
        assertThat(quick.get(5, TimeUnit.SECONDS)).isEqualTo("setia-worker");
        assertThat(longDone).isNotDone();
        backupMayEnd.countDown();
        assertThat(longDone.get(5, TimeUnit.SECONDS)).isEqualTo("setia-long-work");
    }

    @Test
    void aSearchDoesNotWaitBehindOtherStoreWork() throws Exception {
        java.util.concurrent.CountDownLatch saveMayEnd = new java.util.concurrent.CountDownLatch(1);
        CompletableFuture<String> search = new CompletableFuture<>();
        onFx(() -> {
            runner.run(() -> saveMayEnd.await(10, TimeUnit.SECONDS), done -> { }, e -> { }); // a slow save
            runner.searches().run(() -> Thread.currentThread().getName(), search::complete, search::completeExceptionally);
            return null;
        });
        assertThat(search.get(5, TimeUnit.SECONDS)).isEqualTo("setia-search");
        saveMayEnd.countDown();
    }
}
