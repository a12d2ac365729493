package referral.rules;

/**
 * One answer a person can pick. {@code redFlag} is the urgency this answer demands
 * (null when it demands none): any path through it must end at least that urgent.
 */
public record Choice(String id, Text text, Urgency redFlag, Position position) {}
