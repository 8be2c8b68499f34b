package com.setia.winback;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import com.setia.incident.Incident;

/** A case with everything recorded on it. {@code incident} is null for a case opened without one. */
public record CaseDetail(WinbackCase winbackCase, Incident incident, List<StepRecord> steps, List<FollowUp> followUps) {
    public CaseDetail {
        steps = List.copyOf(steps);
        followUps = List.copyOf(followUps);
    }

    public Map<Step, StepRecord> stepsByKind() {
        Map<Step, StepRecord> out = new EnumMap<>(Step.class);
        steps.forEach(s -> out.put(s.step(), s));
        return out;
    }

    public Optional<StepRecord> step(Step step) {
        return Optional.ofNullable(stepsByKind().get(step));
    }

    /** The first step not yet done, or empty when all four are. */
    public Optional<Step> nextStep() {
        Map<Step, StepRecord> done = stepsByKind();
        for (Step s : Step.values()) {
            if (!done.containsKey(s)) return Optional.of(s);
        }
        return Optional.empty();
    }
}
