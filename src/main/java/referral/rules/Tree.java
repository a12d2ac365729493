package referral.rules;

import java.util.Map;
import java.util.Optional;

/** A whole decision tree: questions and outcomes keyed by id, in the order they were written. */
public record Tree(
        String id,
        String version,
        Text title,
        String start,
        Position startPosition,
        Map<String, Question> questions,
        Map<String, Outcome> outcomes,
        Map<String, Source> sources,
        String file) {

    public Tree {
        questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Outcome> outcome(String id) {
        return Optional.ofNullable(outcomes.get(id));
    }
}
