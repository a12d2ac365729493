package referral.testing;

/**
 * A small tree that {@code referral check} finds nothing in: a red-flag multi question, a number
 * and a yes-no. Tests break it with one edit each; their expected line numbers refer to it.
 */
public final class CleanTree {
    private CleanTree() {}

    public static final String YAML = """
            id: t
            version: 1
            title: T
            start: signs
            sources:
              s1: Source one
            questions:
              signs:
                text: Any of these now?
                help: Red flags first.
                type: multi
                choices:
                  chest: {text: Chest pain, red-flag: emergency}
                  numb: Numbness
                  none: None of these
                exclusive: [none]
                next:
                  - when: {signs: chest}
                    goto: call
                  - when: {signs: numb}
                    goto: age
                  - goto: age
              age:
                text: How old are you?
                help: Age changes the advice.
                type: number
                min: 0
                max: 120
                next:
                  - when: {age: {below: 18}}
                    goto: gp
                  - goto: rest
              rest:
                text: Does it hurt at rest?
                help: Pain at rest matters.
                type: yes-no
                next:
                  - when: {rest: yes}
                    goto: gp
                  - goto: home
            outcomes:
              call: {see: emergency, urgency: emergency, title: Call now, say: Call now., sources: [s1]}
              gp: {see: primary-care, urgency: routine, title: See your doctor, say: Book a visit., sources: [s1]}
              home: {see: self-care, urgency: self-care, title: Rest at home, say: It should pass., sources: [s1]}
            """;
}
