package com.setia.customer;

import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import atlantafx.base.theme.Styles;
import javafx.css.PseudoClass;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import com.setia.ui.Cells;

/** What the customer list's cells show, made once per cell and updated in place (see {@link Cells}). */
final class CustomerCells {
    private CustomerCells() {
    }

    /** Name on the first line; phone and e-mail, muted, on the second (no second line without them). */
    static final class NameAndContact implements Cells.Content<Customer> {
        private final Label name = new Label();
        private final Label contact = new Label();
        private final VBox box = new VBox(1, name, contact);

        NameAndContact() {
            name.getStyleClass().add("customer-cell-name");
            contact.getStyleClass().addAll(Styles.TEXT_SMALL, Styles.TEXT_MUTED);
            contact.managedProperty().bind(contact.visibleProperty());
            box.setAlignment(Pos.CENTER_LEFT);
        }

        @Override
        public Node node() {
            return box;
        }

        @Override
        public void show(Customer c) {
            name.setText(c.name());
            String line = Stream.of(PhoneNumbers.display(c.phone()), c.email()).filter(Objects::nonNull)
                    .collect(Collectors.joining("  \u00b7  "));
            contact.setText(line);
            contact.setVisible(!line.isEmpty());
        }

        @Override
        public void clear() {
            name.setText(null);
            contact.setText(null);
        }
    }

    /** The status as a coloured badge; archived customers say so. */
    static final class StatusBadge implements Cells.Content<Customer> {
        private final Label badge = new Label();
        private final Function<String, String> translate;
        private static final java.util.Map<CustomerStatus, PseudoClass> STATUS = new java.util.EnumMap<>(CustomerStatus.class);
        static {
            for (CustomerStatus s : CustomerStatus.values()) {
                STATUS.put(s, PseudoClass.getPseudoClass("status-" + s.name().toLowerCase(java.util.Locale.ROOT)));
            }
        }
        private PseudoClass shown;

        StatusBadge(Function<String, String> translate) {
            this.translate = translate;
            badge.getStyleClass().add("status-badge");
            badge.setMinWidth(0); // a narrow list shows "Pelanggan kemb…", never a badge cut off by the divider
            badge.setTextOverrun(javafx.scene.control.OverrunStyle.ELLIPSIS);
        }

        @Override
        public Node node() {
            return badge;
        }

        @Override
        public void show(Customer c) {
            badge.setText(translate.apply(c.archived() ? "customer.archivedTag" : c.status().messageKey()));
            PseudoClass style = STATUS.get(c.archived() ? CustomerStatus.LET_GO : c.status());
            if (style != shown) {
                if (shown != null) badge.pseudoClassStateChanged(shown, false);
                badge.pseudoClassStateChanged(style, true);
                shown = style;
            }
        }

        @Override
        public void clear() {
            badge.setText(null);
        }
    }
}
