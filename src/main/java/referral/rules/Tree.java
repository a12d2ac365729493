package referral.rules;

import java.util.Map;
import java.util.Optional;
import referral.diagnostics.Position;

/**
 * A whole decision tree: questions and outcomes keyed by id, in the order they were written;
 * {@code clinicians} are the tree's plain explanations of the clinicians it sends people to.
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
        String file) {

    public Tree {
        questions = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(questions));
        outcomes = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(outcomes));
        sources = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(sources));
        clinicians = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(clinicians));
    }

    public Optional<Question> question(String id) {
        return Optional.ofNullable(questions.get(id));
    }

    public Optional<Outcome> outcome(String id) {
        return Optional.ofNullable(outcomes.get(id));
    }
}
