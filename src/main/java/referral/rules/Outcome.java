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

    /**
     * "Who" in the words made from {@code see} and {@code specialty} ("An orthopedist (sports
     * medicine)"), for an outcome without its own {@code who}; the clinician's gloss is left out
     * where the tree explains the clinician itself ({@code clinicians:}).
     */
    public static String whoFromSee(Tree tree, Outcome o) {
        List<String> more = new java.util.ArrayList<>();
        if (o.see().gloss() != null && !tree.clinicians().containsKey(o.see())) {
            more.add(o.see().gloss());
        }
        if (o.specialty() != null && !o.specialty().isBlank()) {
            more.add(o.specialty());
        }
        return o.see().label() + (more.isEmpty() ? "" : " (" + String.join("; ", more) + ")");
    }
}
