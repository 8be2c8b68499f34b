package com.setia.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

import javafx.beans.Observable;
import javafx.beans.binding.Bindings;
import javafx.beans.value.ObservableValue;
import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Ties a view's listeners on long-lived view-models to the view's life. Every listener goes through JavaFX 21
 * {@code source.when(attached).subscribe(...)}: it is active only while the node is in a scene, gets the latest
 * value when the node comes back (a section shown again), and while the node is out of every scene the view-model
 * holds nothing of it, so a view dropped by a language switch is garbage. The scope is kept by the node itself
 * ({@link Node#getProperties()}), so its subscriptions live exactly as long as the view; {@link #end()} ends them at
 * once (e.g. a dialog closing).
 *
 * <p>Binding a control's property to a view-model's ({@code bind}, {@code bindBidirectional}, a
 * {@code Bindings.create...} binding) needs no scope: JavaFX holds those weakly from the view-model's side.
 */
public final class ViewScope {
    private static final Object KEY = ViewScope.class;
    private final ObservableValue<Boolean> attached;
    private final List<Subscription> subscriptions = new ArrayList<>();

    private ViewScope(Node node) {
        this.attached = node.sceneProperty().map(scene -> Boolean.TRUE).orElse(Boolean.FALSE);
    }

    /** The scope of {@code node}: made on first use, then the same one. */
    public static ViewScope of(Node node) {
        return (ViewScope) node.getProperties().computeIfAbsent(KEY, k -> new ViewScope(node));
    }

    /** Calls {@code action} with the value now, and with every new value while the node is on screen. */
    public <T> ViewScope subscribe(ObservableValue<T> source, Consumer<? super T> action) {
        subscriptions.add(source.when(attached).subscribe(action));
        return this;
    }

    /**
     * Runs {@code action} now, and whenever one of {@code sources} (properties, lists, maps) changes while the
     * node is on screen; a change made while it was away runs it once when it comes back.
     */
    public ViewScope onChange(Runnable action, Observable... sources) {
        ObservableValue<Object> changes = Bindings.createObjectBinding(Object::new, sources);
        subscriptions.add(changes.when(attached).subscribe(any -> action.run()));
        return this;
    }

    /**
     * Calls {@code action} with true now if the node is in a scene, and on every arrival in and departure from a
     * scene (start and stop a clock, drop a passing message). Observes only the node itself.
     */
    public ViewScope onAttached(Consumer<Boolean> action) {
        subscriptions.add(attached.subscribe(action));
        return this;
    }

    /** Ends every subscription of this scope now. */
    public void end() {
        subscriptions.forEach(Subscription::unsubscribe);
        subscriptions.clear();
    }

    /** How many subscriptions the scope holds (for tests). */
    int size() {
        return subscriptions.size();
    }
}
