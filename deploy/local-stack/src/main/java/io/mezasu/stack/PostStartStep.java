package io.mezasu.stack;

/**
 * Work {@code ./mezasu run} does once every service reports ready, e.g. loading the plan through its API.
 * Steps run in list order (see {@link LocalStackMain#POST_START_STEPS}); a failing step stops the stack.
 */
@FunctionalInterface
public interface PostStartStep {

    void run(LocalStack stack) throws Exception;

    /** Shown in the launcher's output. */
    default String name() {
        return getClass().getSimpleName();
    }
}
