package io.routehandlers.benchmarks;

/** The fake model's answer of {@link ChatRoute} and {@link ChatResource}: twenty words, one every 50 ms. */
final class Words {

    static final long PAUSE_MILLIS = 50;

    private Words() {}

    static String[] answer(String question) {
        return ("You asked about " + question + ". A streamed answer reaches the reader word by word, so the first "
                        + "word arrives long before the last one is ready.")
                .split(" ");
    }
}
