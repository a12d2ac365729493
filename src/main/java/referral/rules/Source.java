package referral.rules;

import referral.diagnostics.Position;

/** A reference an outcome's advice rests on, declared once at the top of the tree. */
public record Source(String id, Text citation, Position position) {}
