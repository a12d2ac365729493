package referral.lang;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.TreeMap;
import referral.rules.Numbers;
import referral.rules.Outcome;
import referral.rules.See;
import referral.rules.Text;
import referral.rules.Tree;
import referral.rules.TreeTexts;
import referral.rules.Urgency;

/**
 * The tool's own words in one language: prompts, key hints, the headings of a result, progress and
 * the errors a person meets while answering, from the bundle {@code referral/lang/words*.properties}
 * (English in {@code words.properties}, Russian in {@code words_ru.properties}; a key missing from a
 * translation falls back to English). The tree's texts come from the tree's translation files:
 * {@link #tree} gives the tree in this language.
 */
public final class Words {
    /** The languages the tool speaks, English first. */
    public static final List<String> LANGUAGES = List.of("en", "ru");

    public static final Words ENGLISH = new Words("en");

    private static final String BUNDLE = "referral.lang.words";

    private final String language;
    private final ResourceBundle bundle;
    private final Locale locale;

    private Words(String language) {
        this.language = language;
        this.locale = Locale.forLanguageTag(language);
        // Never the JVM's default locale: the language is the one asked for, or English.
        this.bundle = ResourceBundle.getBundle(BUNDLE, locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The words in a language of {@link #LANGUAGES}. */
    public static Words of(String language) {
        if (!LANGUAGES.contains(language)) {
            throw new IllegalArgumentException("no words in '" + language + "'");
        }
        return language.equals("en") ? ENGLISH : new Words(language);
    }

    public String language() {
        return language;
    }

    /** The message under {@code key}, its {@code {0}}... filled in (a pattern of {@link MessageFormat}). */
    public String get(String key, Object... args) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("no message '" + key + "' in the bundle", e);
        }
        return args.length == 0 ? pattern.replace("''", "'") : new MessageFormat(pattern, locale).format(args);
    }

    /** "Yes" and "No", for yes-no questions whose tree leaves them to the tool. */
    public String yes() {
        return get("answer.yes");
    }

    public String no() {
        return get("answer.no");
    }

    /** The urgency in capitals, readable without colour ("URGENT: GET SEEN TODAY"). */
    public String banner(Urgency u) {
        return get("banner." + u.id());
    }

    /** What the urgency asks of the person ("Today", "Within a few days"): the model's English, or its translation. */
    public String howSoon(Urgency u) {
        return language.equals("en") ? u.meaning() : get("how-soon." + u.id());
    }

    /** A number with its unit: "67 years", "21 год", "67 лет" (a unit given as forms picks the one for the number). */
    public String withUnit(String number, Text unit) {
        return unit == null ? number : number + " " + unitFor(number, unit.value());
    }

    /** The unit after "from 0 to MAX": its form for MAX in Russian ("до 120 лет", "до 121 года"). */
    public String unitAfterUpTo(double max, Text unit) {
        String[] forms = unit.value().split("\\|");
        if (forms.length != 3) {
            return unit.value();
        }
        // After "до" the numeral takes the genitive: 1 (not 11) the form of 2 (года), any other the form of 5 (лет).
        long n = (long) Math.abs(max);
        return n == max && n % 10 == 1 && n % 100 != 11 ? forms[1] : forms[2];
    }

    /** The form of a unit for a number: "год", "года" or "лет" in Russian; the unit as written otherwise. */
    public String unitFor(String number, String unit) {
        String[] forms = unit.split("\\|");
        if (forms.length != 3) {
            return unit;
        }
        double v;
        try {
            v = Double.parseDouble(number);
        } catch (NumberFormatException e) {
            return forms[2];
        }
        long n = (long) Math.abs(v);
        if (n != Math.abs(v)) {
            return forms[1]; // a fraction: "2,5 года"
        }
        if (n % 10 == 1 && n % 100 != 11) {
            return forms[0];
        }
        if (n % 10 >= 2 && n % 10 <= 4 && (n % 100 < 12 || n % 100 > 14)) {
            return forms[1];
        }
        return forms[2];
    }

    /** The unit as a word on its own ("years", "лет"): for JSON and a field's hint. */
    public String unitWord(Text unit) {
        String[] forms = unit.value().split("\\|");
        return forms[forms.length - 1];
    }

    /** A number as a person reads it ("37.5"). */
    public String number(double v) {
        return Numbers.format(v);
    }

    /**
     * The tree as people read it in this language: each text translated where the tree has a current
     * translation, else in English; the English kept beside it (for typing an answer in either
     * language); yes and no in the tool's words where the tree leaves them; and "who" in these words
     * where the tree makes it from {@code see} and has no translation of it.
     */
    public Tree tree(Tree tree) {
        if (language.equals("en")) {
            return tree; // written in English, the tool's own "Yes" and "No" included: nothing to do on every start
        }
        Tree shown = TreeTexts.map(tree, slot -> {
            Text t = slot.text();
            if (t.at() == null && slot.key().contains("/choices/") && t.translations().isEmpty()) {
                return new Text(t.value().equals("Yes") ? yes() : no(), english(t), null);
            }
            return new Text(t.in(language), english(t), t.at());
        });
        Map<String, Outcome> outcomes = new java.util.LinkedHashMap<>();
        for (Outcome o : shown.outcomes().values()) {
            Text who = o.who() != null ? o.who() : Text.of(who(shown, o));
            outcomes.put(o.id(), new Outcome(o.id(), o.position(), o.see(), o.specialty(), who, o.urgency(), o.title(),
                    o.say(), o.meanwhile(), o.goSoonerIf(), o.sources()));
        }
        return new Tree(shown.id(), shown.version(), shown.title(), shown.start(), shown.startPosition(),
                shown.questions(), outcomes, shown.sources(), shown.clinicians(), shown.file(), shown.languages());
    }

    private static Map<String, String> english(Text t) {
        Map<String, String> all = new TreeMap<>(t.translations());
        all.put("en", t.value());
        return all;
    }

    /** "Невролог (neuromuscular)": the clinician in these words; a specialty stays as the tree wrote it. */
    private String who(Tree tree, Outcome o) {
        List<String> more = new java.util.ArrayList<>();
        if (o.see().gloss() != null && !tree.clinicians().containsKey(o.see())) {
            more.add(language.equals("en") ? o.see().gloss() : get("gloss." + o.see().id()));
        }
        if (o.specialty() != null && !o.specialty().isBlank()) {
            more.add(o.specialty());
        }
        return see(o.see()) + (more.isEmpty() ? "" : " (" + String.join("; ", more) + ")");
    }

    /** Words for a clinician ("A neurologist"), as the result's "Who" line starts. */
    public String see(See see) {
        return language.equals("en") ? see.label() : get("see." + see.id());
    }
}
