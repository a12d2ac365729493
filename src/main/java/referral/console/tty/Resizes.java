package referral.console.tty;

import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Calls back when the terminal is resized (SIGWINCH), until stopped. Registered straight with the
 * JDK's signal API (module jdk.unsupported), where JLine would reach it by reflection through a
 * proxy class generated at run time; on a system without SIGWINCH there are simply no callbacks.
 */
public final class Resizes {
    private final Signal signal;
    private final SignalHandler previous;

    private Resizes(Signal signal, SignalHandler previous) {
        this.signal = signal;
        this.previous = previous;
    }

    public static Resizes watch(Runnable onResize) {
        try {
            Signal winch = new Signal("WINCH");
            return new Resizes(winch, Signal.handle(winch, s -> onResize.run()));
        } catch (IllegalArgumentException noSuchSignal) {
            return new Resizes(null, null);
        }
    }

    /** Puts back what handled the signal before (by default, nothing). */
    public void stop() {
        if (signal != null) {
            try {
                Signal.handle(signal, previous);
            } catch (IllegalArgumentException ignored) {
                // the signal was never ours to give back
            }
        }
    }
}
