package referral.rules;

import referral.diagnostics.Position;

/**
 * A tree's one-line plain explanation of a kind of clinician (its {@code clinicians:} section),
 * shown under "Who" as "who is this": words like physiatrist mean nothing to most people.
 */
public record Clinician(See see, Text explanation, Position position) {}
