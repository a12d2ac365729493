package referral.rules;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import referral.diagnostics.Code;
import referral.diagnostics.Diagnostic;
import referral.diagnostics.Position;
import referral.diagnostics.Shown;
import referral.yaml.YamlNode;
import referral.yaml.YamlNode.ListNode;
import referral.yaml.YamlNode.MapNode;
import referral.yaml.YamlNode.ScalarNode;

/**
 * Reads the fields of one YAML mapping, reporting unknown keys (with a suggestion),
 * missing required keys and values of the wrong type as diagnostics instead of stopping.
 */
final class Fields {
    private final MapNode map;
    private final String what;
    private final List<Diagnostic> out;

    Fields(MapNode map, String what, Set<String> known, List<Diagnostic> out) {
        this.map = map;
        this.what = what;
        this.out = out;
        for (YamlNode.Entry e : map.entries()) {
            if (!known.contains(e.name())) {
                out.add(Diagnostic.of(Code.UNKNOWN_KEY, e.key().position(),
                        "unknown key '" + Shown.text(e.name()) + "' in " + what + hint(e.name(), known)));
            }
        }
    }

    private static String hint(String wrong, Set<String> known) {
        String suggestion = Ids.didYouMean(wrong, known);
        if (wrong.contains(" ")) {
            return "; if it is part of a text, put the whole text in quotes (a comma inside {...} ends it)";
        }
        return suggestion.isEmpty() ? "; expected one of: " + String.join(", ", sorted(known)) : suggestion;
    }

    private static List<String> sorted(Set<String> s) {
        return s.stream().sorted().toList();
    }

    /** Checks a node is a mapping, reporting it otherwise. */
    static Optional<MapNode> asMap(YamlNode node, String what, List<Diagnostic> out) {
        if (node instanceof MapNode m) {
            return Optional.of(m);
        }
        out.add(Diagnostic.of(Code.WRONG_TYPE, node.position(),
                what + " must be a mapping of keys to values, not " + node.describe()));
        return Optional.empty();
    }

    Position position() {
        return map.position();
    }

    Optional<YamlNode> get(String key) {
        return map.get(key).filter(v -> !(v instanceof ScalarNode s && s.kind() == YamlNode.Kind.NULL));
    }

    Position keyPosition(String key) {
        return map.entry(key).map(e -> e.key().position()).orElse(map.position());
    }

    Optional<YamlNode> required(String key) {
        Optional<YamlNode> v = get(key);
        if (v.isEmpty()) {
            out.add(Diagnostic.of(Code.MISSING_KEY, map.entry(key).map(e -> e.key().position()).orElse(map.position()),
                    what + " needs '" + key + "'"));
        }
        return v;
    }

    /** A scalar read as text; numbers are accepted where {@code numbersOk} (e.g. a version 1.0). */
    Optional<String> string(String key, boolean required, boolean numbersOk) {
        Optional<YamlNode> v = required ? required(key) : get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        if (v.get() instanceof ScalarNode s
                && (s.kind() == YamlNode.Kind.STRING || (numbersOk && s.isNumber()))) {
            return Optional.of(s.text());
        }
        out.add(Diagnostic.of(Code.WRONG_TYPE, v.get().position(),
                "'" + key + "' in " + what + " must be text, not " + v.get().describe()));
        return Optional.empty();
    }

    Optional<Text> text(String key, boolean required) {
        Optional<YamlNode> v = required ? required(key) : get(key);
        return v.flatMap(node -> text(node, "'" + key + "' in " + what, out));
    }

    static Optional<Text> text(YamlNode node, String what, List<Diagnostic> out) {
        if (node instanceof ScalarNode s && s.kind() == YamlNode.Kind.STRING) {
            return Optional.of(Text.at(s.text(), s.position()));
        }
        // One way to translate: a file per language beside the tree, so that translators never
        // edit (nor conflict with) the authors' file.
        String hint = node instanceof MapNode ? "; translations go in a file beside the tree (NAME.ru.yaml)" : "";
        out.add(Diagnostic.of(Code.WRONG_TYPE, node.position(), what + " must be text, not " + node.describe() + hint));
        return Optional.empty();
    }

    /** Text or a list of texts. */
    List<Text> texts(String key) {
        Optional<YamlNode> v = get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        List<Text> result = new ArrayList<>();
        if (v.get() instanceof ListNode l) {
            for (YamlNode item : l.items()) {
                text(item, "an item of '" + key + "' in " + what, out).ifPresent(result::add);
            }
        } else {
            text(v.get(), "'" + key + "' in " + what, out).ifPresent(result::add);
        }
        return result;
    }

    /** A list of scalar ids (a single id is accepted as a list of one). */
    List<ScalarNode> idList(String key) {
        Optional<YamlNode> v = get(key);
        if (v.isEmpty()) {
            return List.of();
        }
        return idList(v.get(), "'" + key + "' in " + what, out);
    }

    static List<ScalarNode> idList(YamlNode node, String what, List<Diagnostic> out) {
        List<YamlNode> items = node instanceof ListNode l ? l.items() : List.of(node);
        List<ScalarNode> result = new ArrayList<>();
        for (YamlNode item : items) {
            if (item instanceof ScalarNode s && s.kind() != YamlNode.Kind.NULL && s.kind() != YamlNode.Kind.BOOLEAN) {
                result.add(s);
            } else {
                out.add(Diagnostic.of(Code.WRONG_TYPE, item.position(),
                        what + " must list ids, not " + item.describe()));
            }
        }
        return result;
    }

    Optional<Double> number(String key) {
        Optional<YamlNode> v = get(key);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        return number(v.get(), "'" + key + "' in " + what, out);
    }

    static Optional<Double> number(YamlNode node, String what, List<Diagnostic> out) {
        if (node instanceof ScalarNode s && s.isNumber()) {
            try {
                double d = Double.parseDouble(s.text());
                if (Double.isFinite(d)) {
                    return Optional.of(d);
                }
            } catch (NumberFormatException e) {
                // reported below
            }
        }
        out.add(Diagnostic.of(Code.WRONG_TYPE, node.position(),
                what + " must be a finite number, not " + node.describe()
                        + (node instanceof ScalarNode s ? " '" + s.text() + "'" : "")));
        return Optional.empty();
    }
}
