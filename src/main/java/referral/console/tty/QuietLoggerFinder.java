package referral.console.tty;

import java.util.ResourceBundle;
import java.util.function.Supplier;

/**
 * The JVM's platform loggers ({@link System#getLogger}), registered as a service: they log nothing.
 *
 * <p>Only JLine logs here. Its messages would be printed over the full-screen session, and the
 * session says itself what a person needs to know (for one, that it falls back to the plain mode).
 * Without this service, the first logger JLine makes starts {@code java.util.logging}, which reads
 * its configuration before the first question (the cost: bench/README.md, "Timings behind the code").
 */
public final class QuietLoggerFinder extends System.LoggerFinder {

    private static final System.Logger QUIET = new System.Logger() {
        @Override
        public String getName() {
            return "referral";
        }

        @Override
        public boolean isLoggable(Level level) {
            return false;
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
            // dropped: see the class comment
        }

        @Override
        public void log(Level level, ResourceBundle bundle, String format, Object... params) {
            // dropped: see the class comment
        }

        @Override
        public void log(Level level, Supplier<String> msgSupplier) {
            // dropped without computing the message
        }
    };

    @Override
    public System.Logger getLogger(String name, Module module) {
        return QUIET;
    }
}
