package referral.console;

/** Where full-screen prompts read keys from: the terminal, or a script in tests. */
interface Keyboard {
    /** The next key; blocks until there is one. */
    Key read();
}
