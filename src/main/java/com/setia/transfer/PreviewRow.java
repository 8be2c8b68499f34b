package com.setia.transfer;

import com.setia.common.Message;

import java.util.ArrayList;
import java.util.List;

/**
 * A checked row of an import: the value to store (null when the row cannot be read at all) and every problem found.
 * Only rows without problems are imported.
 */
public record PreviewRow<T>(long line, List<String> raw, T value, List<Message> problems) {
    public PreviewRow {
        raw = List.copyOf(raw);
        problems = List.copyOf(problems);
    }

    public boolean ok() {
        return value != null && problems.isEmpty();
    }

    public PreviewRow<T> withProblem(Message problem) {
        List<Message> more = new ArrayList<>(problems);
        more.add(problem);
        return new PreviewRow<>(line, raw, value, more);
    }
}
