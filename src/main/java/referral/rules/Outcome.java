package referral.rules;

import java.util.List;

/** Where a path ends: who to see, how soon, and what to do meanwhile. */
public record Outcome(
        String id,
        Position position,
        See see,
        String specialty,
        Urgency urgency,
        Text title,
        Text say,
        List<Text> meanwhile,
        List<Text> goSoonerIf,
        List<String> sources) {

    public Outcome {
        meanwhile = List.copyOf(meanwhile);
        goSoonerIf = List.copyOf(goSoonerIf);
        sources = List.copyOf(sources);
    }
}
