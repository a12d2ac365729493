package referral.rules;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import referral.diagnostics.Position;

/**
 * A whole decision tree: questions and outcomes keyed by id, in the order they were written;
 * {@code clinicians} are the tree's plain explanations of the clinicians it sends people to;
 * {@code languages} those of its translation files, besides its own English (see {@link Translations}).
 */
public record Tree(
        String id,
        String version,
        Text title,
        String start,
        Position startPosition,
        Map<String, Question> questions,
        Map<String, Outcome> outcomes,
        Map<String, Source> sources,
        Map<See, Clinician> clinicians,
        String file,
        List<String> languages) {

    /**
     * The most answers one set may hold, so the most questions a path may ask: far more than any
     * path asks, few enough that a runaway generator gets one line instead of thousands. Applies to
     * files and batch lines alike; {@code check} reports a path that could ask more.
     */
    public static final int MAX_ANSWERS = 1_000;

    public Tree {
        questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        clinicians = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clinicians));
        languages = List.copyOf(languages);
    }

    /** The tree's own language, in which every text is written: the one to fall back on. */
    public static final String ENGLISH = "en";

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Outcome> outcome(String id) {
        return Optional.ofNullable(outcomes.get(id));
    }
}
