package referral.rules;

import java.util.List;
import referral.diagnostics.Position;

/**
 * Where a path ends: who to see, how soon, and what to do meanwhile. {@code who} (nullable) is the
 * tree's own words for "Who", where the generated ones ({@code see} and {@code specialty}) would
 * not say it right ("Urgent care for an X-ray, then an orthopedist").
 */
public record Outcome(
        String id,
        Position position,
        See see,
        String specialty,
        Text who,
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
