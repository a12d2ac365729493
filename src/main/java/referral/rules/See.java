package referral.rules;

import java.util.Optional;

/** Who to see. */
public enum See {
    EMERGENCY("emergency", "Emergency services"),
    PRIMARY_CARE("primary-care", "Your primary care doctor"),
    PHYSIATRIST("physiatrist", "A physiatrist (physical medicine and rehabilitation)"),
    RHEUMATOLOGIST("rheumatologist", "A rheumatologist"),
    ORTHOPEDIST("orthopedist", "An orthopedist"),
    NEUROLOGIST("neurologist", "A neurologist"),
    SELF_CARE("self-care", "Self-care at home");

    private final String id;
    private final String label;

    See(String id, String label) {
        this.id = id;
        this.label = label;
    }

    public String id() {
        return id;
    }

    public String label() {
        return label;
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
