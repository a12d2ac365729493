package referral.rules;

import java.util.Optional;

/** How soon to act, from least to most urgent; the order matters to the safety rule. */
public enum Urgency {
    // The words under a result's title: they must agree with how titles speak ("today", "within a
    // few days", "book an appointment"), so a person never reads two different time frames at once.
    SELF_CARE("self-care", "No appointment needed for now"),
    ROUTINE("routine", "Book an ordinary appointment"),
    SOON("soon", "Within a few days"),
    URGENT("urgent", "Today"),
    EMERGENCY("emergency", "Now, do not wait");

    private final String id;
    private final String meaning;

    Urgency(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    public String id() {
        return id;
    }

    /** What the urgency asks of the person, in plain words. */
    public String meaning() {
        return meaning;
    }

    public boolean atLeast(Urgency other) {
        return compareTo(other) >= 0;
    }

    public static Optional<Urgency> byId(String id) {
        for (Urgency u : values()) {
            if (u.id.equals(id)) {
                return Optional.of(u);
            }
        }
        return Optional.empty();
    }

    public static String ids() {
        return Ids.join(values(), Urgency::id);
    }
}
