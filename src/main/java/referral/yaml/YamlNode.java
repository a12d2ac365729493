package referral.yaml;

import java.util.List;
import java.util.Optional;
import referral.diagnostics.Position;

/**
 * A YAML document as a small tree that remembers where every node was written.
 * Scalars keep their text and the kind the YAML 1.2 core schema gives them, so
 * {@code yes} and {@code no} stay text.
 */
public sealed interface YamlNode permits YamlNode.MapNode, YamlNode.ListNode, YamlNode.ScalarNode {

    Position position();

    /** What a person would call this node in an error message: "a list", "a number"... */
    String describe();

    record Entry(ScalarNode key, YamlNode value) {
        public String name() {
            return key.text();
        }
    }

    record MapNode(Position position, List<Entry> entries) implements YamlNode {
        public Optional<Entry> entry(String key) {
            for (Entry e : entries) {
                if (e.name().equals(key)) {
                    return Optional.of(e);
                }
            }
            return Optional.empty();
        }

        public Optional<YamlNode> get(String key) {
            return entry(key).map(Entry::value);
        }

        @Override
        public String describe() {
            return "a mapping";
        }
    }

    record ListNode(Position position, List<YamlNode> items) implements YamlNode {
        @Override
        public String describe() {
            return "a list";
        }
    }

    enum Kind { STRING, INTEGER, FLOAT, BOOLEAN, NULL }

    record ScalarNode(Position position, Kind kind, String text) implements YamlNode {
        @Override
        public String describe() {
            return switch (kind) {
                case STRING -> "text";
                case INTEGER, FLOAT -> "a number";
                case BOOLEAN -> "true/false";
                case NULL -> "nothing";
            };
        }

        public boolean isNumber() {
            return kind == Kind.INTEGER || kind == Kind.FLOAT;
        }
    }
}
