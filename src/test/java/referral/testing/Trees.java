package referral.testing;

import java.nio.charset.StandardCharsets;
import referral.check.Checker;
import referral.rules.RulesLoader;
import referral.rules.Tree;

/** Small trees written inline for tests. */
public final class Trees {
    private Trees() {}

    /** A tiny tree with one question of each type, used across the layer tests. */
    public static final String SMALL = """
            id: small
            version: 1.0.0
            title: A small tree
            start: signs
            sources:
              s1: Source one
            questions:
              signs:
                text: Any of these?
                help: Red flags first.
                type: multi
                choices:
                  chest: {text: Chest pain, red-flag: emergency}
                  numb: Numbness
                  none: None of these
                exclusive: [none]
                next:
                  - when: {signs: chest}
                    goto: emergency
                  - goto: age
              age:
                text: How old are you?
                type: number
                min: 0
                max: 120
                unit: years
                next:
                  - when: {age: {below: 18}}
                    goto: gp
                  - goto: rest
              rest:
                text: Does it hurt at rest?
                type: yes-no
                next:
                  - when: {rest: yes}
                    goto: where
                  - goto: home
              where:
                text: Where?
                type: one
                choices:
                  back: Back
                  joints: Joints
                next:
                  - when: {any: [{where: joints}, {signs: numb}]}
                    goto: rheum
                  - goto: gp
            outcomes:
              emergency: {see: emergency, urgency: emergency, title: Call now, say: Call now., sources: [s1]}
              gp: {see: primary-care, urgency: routine, title: See your doctor, say: Book a visit., sources: [s1]}
              rheum: {see: rheumatologist, urgency: routine, title: See a rheumatologist, say: Ask for a referral.}
              home: {see: self-care, urgency: self-care, title: Rest at home, say: It should pass., meanwhile: [Rest]}
            """;

    public static RulesLoader.Loaded load(String yaml) {
        return new RulesLoader().parse("test.yaml", yaml.getBytes(StandardCharsets.UTF_8));
    }

    /** Loads a tree that must be free of errors. */
    public static Tree valid(String yaml) {
        RulesLoader.Loaded loaded = load(yaml);
        if (loaded.hasErrors() || loaded.tree().isEmpty()) {
            throw new AssertionError("tree has errors: " + loaded.diagnostics());
        }
        var problems = new Checker().check(loaded.tree().get()).stream().filter(d -> d.isError()).toList();
        if (!problems.isEmpty()) {
            throw new AssertionError("tree has check errors: " + problems);
        }
        return loaded.tree().get();
    }
}
