package referral.rules;

import java.util.Optional;

public enum QuestionType {
    ONE("one"), MULTI("multi"), YES_NO("yes-no"), NUMBER("number");

    private final String id;

    QuestionType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public boolean hasChoices() {
        return this != NUMBER;
    }

    public static Optional<QuestionType> byId(String id) {
        for (QuestionType t : values()) {
            if (t.id.equals(id)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    public static String ids() {
        return Ids.join(values(), QuestionType::id);
    }
}
