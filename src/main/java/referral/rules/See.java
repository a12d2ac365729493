package referral.rules;

import java.util.Optional;

/** Who to see. */
public enum See {
    EMERGENCY("emergency", "Emergency services", null),
    PRIMARY_CARE("primary-care", "Your primary care doctor", null),
    PHYSIATRIST("physiatrist", "A physiatrist", "physical medicine and rehabilitation"),
    RHEUMATOLOGIST("rheumatologist", "A rheumatologist", null),
    ORTHOPEDIST("orthopedist", "An orthopedist", null),
    NEUROLOGIST("neurologist", "A neurologist", null),
    SELF_CARE("self-care", "You, at home", null);

    private final String id;
    private final String label;
    private final String gloss;

    See(String id, String label, String gloss) {
        this.id = id;
        this.label = label;
        this.gloss = gloss;
    }

    public String id() {
        return id;
    }

    /** Who, as a person reads it in "Who: ...". */
    public String label() {
        return label;
    }

    /**
     * What the word means when it is not an everyday one ("physical medicine and rehabilitation"),
     * shown after the label unless the tree explains the clinician itself ({@code clinicians:}); or null.
     */
    public String gloss() {
        return gloss;
    }

    public static Optional<See> byId(String id) {
        for (See s : values()) {
            if (s.id.equals(id)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }

    public static String ids() {
        return Ids.join(values(), See::id);
    }
}
