package dev.lede.assertj.internal;

import org.assertj.core.error.BasicErrorMessageFactory;
import org.assertj.core.error.ErrorMessageFactory;

/**
 * A failure message written in full by Lede's assertions, on a line of its own after AssertJ's description, as
 * AssertJ's own messages are. The text is used as written: no argument of it is quoted or formatted again.
 */
public final class Failure extends BasicErrorMessageFactory {
    private Failure(String text) {
        super("%n%s", unquotedString(text));
    }

    /**
     * @param text the message; not null
     * @return the factory
     */
    public static ErrorMessageFactory of(String text) {
        return new Failure(text);
    }
}
