package com.setia.ui;

import java.util.function.Function;
import java.util.function.Supplier;

import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.util.Callback;

/**
 * The one cell factory of Setia's lists and tables. Each cell makes its content once and then only hands it the
 * item to show: scrolling or typing in a search box changes texts and style classes, never builds new nodes.
 */
public final class Cells {
    private Cells() {
    }

    /** What a cell shows: its nodes are made once per cell; {@link #show} is called for every item it shows. */
    public interface Content<T> {
        Node node();

        /** Shows {@code item} (never null) in the nodes made before. */
        void show(T item);

        /**
         * The row went empty: its nodes stay (hidden) for the next item, but should not keep the last one's words.
         * Default: nothing to forget.
         */
        default void clear() {
        }
    }

    /** List cells showing items through one {@link Content} each, as wide as the list (no sideways scrolling). */
    public static <T> Callback<ListView<T>, ListCell<T>> list(Supplier<? extends Content<T>> content) {
        return view -> new ContentListCell<>(content.get());
    }

    /** List cells (also for combo boxes) showing a line of text per item; a null item (a "none" choice) too. */
    public static <T> Callback<ListView<T>, ListCell<T>> text(Function<? super T, String> toText) {
        return view -> textCell(toText);
    }

    /** One text cell, e.g. for a combo box's button. */
    public static <T> ListCell<T> textCell(Function<? super T, String> toText) {
        return new ListCell<>() {
            @Override
            protected void updateItem(T item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty ? null : toText.apply(item));
            }
        };
    }

    /** Table cells showing values through one {@link Content} each. */
    public static <S, T> Callback<TableColumn<S, T>, TableCell<S, T>> table(Supplier<? extends Content<T>> content) {
        return column -> new ContentTableCell<>(content.get());
    }

    private static final class ContentListCell<T> extends ListCell<T> {
        private final Content<T> content;

        ContentListCell(Content<T> content) {
            this.content = content;
            setPrefWidth(0); // follow the list's width: long texts wrap instead of widening the list
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            if (getGraphic() != content.node()) setGraphic(content.node()); // kept, hidden when empty (see below)
            boolean filled = !empty && item != null;
            if (filled) content.show(item);
            else content.clear();
            content.node().setVisible(filled);
        }
    }

    private static final class ContentTableCell<S, T> extends TableCell<S, T> {
        private final Content<T> content;

        ContentTableCell(Content<T> content) {
            this.content = content;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            // The graphic stays in the cell, hidden while the row is empty: taking it out and putting it back (rows
            // emptying and filling as the owner types) would style its nodes afresh each time.
            if (getGraphic() != content.node()) setGraphic(content.node());
            boolean filled = !empty && item != null;
            if (filled) content.show(item);
            else content.clear();
            content.node().setVisible(filled);
        }
    }
}
