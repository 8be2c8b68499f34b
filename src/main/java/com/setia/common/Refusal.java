package com.setia.common;

import java.util.List;

/**
 * The one way a service refuses what it was asked to do: nothing was stored, and each {@link Problem} says why, as a
 * bundle key (with its arguments) the view shows in the owner's language, tied to a field where there is one.
 * Not an error to log: the owner can fix it.
 */
public class Refusal extends RuntimeException {
    private final transient List<Problem> problems;

    public Refusal(List<Problem> problems) {
        this(problems, null);
    }

    public Refusal(List<Problem> problems, Throwable cause) {
        super("Refused: " + problems.stream().map(Problem::key).toList(), cause);
        if (problems.isEmpty()) throw new IllegalArgumentException("a refusal needs a reason");
        this.problems = List.copyOf(problems);
    }

    /** One reason, about the whole input. */
    public Refusal(String key, Object... args) {
        this(List.of(Problem.of(key, args)));
    }

    /** Throws when there is anything in {@code problems}; does nothing otherwise. */
    public static void throwIfAny(List<Problem> problems) {
        if (!problems.isEmpty()) throw new Refusal(problems);
    }

    public List<Problem> problems() {
        return problems;
    }

    public List<Message> messages() {
        return problems.stream().map(Problem::message).toList();
    }

    public List<String> messageKeys() {
        return problems.stream().map(Problem::key).toList();
    }
}
