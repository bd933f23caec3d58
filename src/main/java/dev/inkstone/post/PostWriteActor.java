package dev.inkstone.post;

import java.util.function.Supplier;

/**
 * Who post writes are made for when no caller's token stands behind them: an import job runs its writes "as" itself,
 * so the post's history names the job. Held per thread, because the writes run on the thread that asks for them.
 */
public final class PostWriteActor {

    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private PostWriteActor() {
    }

    /** Runs the writes on behalf of {@code actor}, e.g. "import 12". */
    public static <T> T as(String actor, Supplier<T> writes) {
        String outer = CURRENT.get();
        CURRENT.set(actor);
        try {
            return writes.get();
        } finally {
            if (outer == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(outer);
            }
        }
    }

    /** The actor set for this thread's writes, or null: the caller's token. */
    static String current() {
        return CURRENT.get();
    }
}
