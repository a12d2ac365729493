package referral.rules;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

/**
 * Reads a {@code when} written as YAML data. Several keys in one mapping must all hold.
 * Whether the questions and choices named exist is the check layer's business.
 */
final class ConditionReader {
    static final Set<String> COMBINATORS = Set.of("all", "any", "not");
    private static final Set<String> TESTS = Set.of("any", "all", "below", "at-least");

    private final List<Diagnostic> out;

    ConditionReader(List<Diagnostic> out) {
        this.out = out;
    }

    Optional<Condition> read(YamlNode node) {
        if (!(node instanceof MapNode map) || map.entries().isEmpty()) {
            out.add(Diagnostic.of(Code.BAD_CONDITION, node.position(),
                    "a condition must be a mapping such as {question: choice}, {all: [...]}, {any: [...]} or {not: ...}, not "
                            + node.describe()));
            return Optional.empty();
        }
        List<Condition> parts = new ArrayList<>();
        for (YamlNode.Entry e : map.entries()) {
            entry(e).ifPresent(parts::add);
        }
        if (parts.size() != map.entries().size()) {
            return Optional.empty();
        }
        return Optional.of(parts.size() == 1 ? parts.get(0) : new Condition.All(List.copyOf(parts), map.position()));
    }

    private Optional<Condition> entry(YamlNode.Entry e) {
        Position at = e.key().position();
        switch (e.name()) {
            case "all", "any" -> {
                if (!(e.value() instanceof ListNode list) || list.items().isEmpty()) {
                    out.add(Diagnostic.of(Code.BAD_CONDITION, e.value().position(),
                            "'" + e.name() + "' needs a non-empty list of conditions, not " + e.value().describe()));
                    return Optional.empty();
                }
                List<Condition> inner = new ArrayList<>();
                for (YamlNode item : list.items()) {
                    read(item).ifPresent(inner::add);
                }
                if (inner.size() != list.items().size()) {
                    return Optional.empty();
                }
                return Optional.of(e.name().equals("all")
                        ? new Condition.All(List.copyOf(inner), at)
                        : new Condition.Any(List.copyOf(inner), at));
            }
            case "not" -> {
                return read(e.value()).map(c -> new Condition.Not(c, at));
            }
            default -> {
                return onQuestion(e.name(), e.value(), at);
            }
        }
    }

    private Optional<Condition> onQuestion(String question, YamlNode value, Position at) {
        if (value instanceof ScalarNode s) {
            if (s.kind() == YamlNode.Kind.STRING || s.kind() == YamlNode.Kind.INTEGER) {
                return Optional.of(new Condition.Is(question, s.text(), at));
            }
            out.add(Diagnostic.of(Code.BAD_CONDITION, s.position(),
                    "the test on '" + question + "' must name a choice (e.g. yes), or be {any: [...]}, {all: [...]},"
                            + " {below: N} or {at-least: N}; not " + s.describe()
                            + (s.kind() == YamlNode.Kind.BOOLEAN ? " (write yes or no, without quotes)" : "")));
            return Optional.empty();
        }
        if (value instanceof MapNode tests && !tests.entries().isEmpty()) {
            List<Condition> parts = new ArrayList<>();
            for (YamlNode.Entry t : tests.entries()) {
                test(question, t).ifPresent(parts::add);
            }
            if (parts.size() != tests.entries().size()) {
                return Optional.empty();
            }
            return Optional.of(parts.size() == 1 ? parts.get(0) : new Condition.All(List.copyOf(parts), at));
        }
        out.add(Diagnostic.of(Code.BAD_CONDITION, value.position(),
                "the test on '" + question + "' must be a choice id or a mapping such as {any: [...]}, not "
                        + value.describe()));
        return Optional.empty();
    }

    private Optional<Condition> test(String question, YamlNode.Entry t) {
        Position at = t.key().position();
        switch (t.name()) {
            case "any", "all" -> {
                List<ScalarNode> ids = Fields.idList(t.value(), "'" + t.name() + "' on '" + question + "'", out);
                if (ids.isEmpty()) {
                    out.add(Diagnostic.of(Code.BAD_CONDITION, t.value().position(),
                            "'" + t.name() + "' on '" + question + "' needs at least one choice"));
                    return Optional.empty();
                }
                Set<String> choices = new LinkedHashSet<>();
                ids.forEach(s -> choices.add(s.text()));
                return Optional.of(t.name().equals("any")
                        ? new Condition.AnyOf(question, choices, at)
                        : new Condition.AllOf(question, choices, at));
            }
            case "below", "at-least" -> {
                return Fields.number(t.value(), "'" + t.name() + "' on '" + question + "'", out)
                        .map(n -> t.name().equals("below")
                                ? new Condition.Below(question, n, at)
                                : new Condition.AtLeast(question, n, at));
            }
            default -> {
                out.add(Diagnostic.of(Code.UNKNOWN_KEY, at, "unknown test '" + t.name() + "' on '" + question + "'"
                        + Ids.didYouMean(t.name(), TESTS) + "; expected one of: all, any, at-least, below"));
                return Optional.empty();
            }
        }
    }
}
