package referral.rules;

import referral.console.Console;

/** Not used by anything: the upward import {@code architecture/LayersTest} must catch. */
public final class UpwardImportForTest {
    private UpwardImportForTest() {}

    static Console session() {
        return Console.plain();
    }
}
