package com.setia.relationship;

import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.util.Subscription;

/**
 * Listens to long-lived view-models only while a view is on screen: the subscriptions are made when the node
 * enters a scene and ended when it leaves, so a view dropped by a language switch leaves nothing behind.
 */
final class WhileShown {
    private WhileShown() {
    }

    static void subscribe(Node node, Supplier<Subscription> subscribe) {
        Subscription[] current = {Subscription.EMPTY};
        node.sceneProperty().subscribe(scene -> {
            current[0].unsubscribe();
            current[0] = scene == null ? Subscription.EMPTY : subscribe.get();
        });
    }
}
