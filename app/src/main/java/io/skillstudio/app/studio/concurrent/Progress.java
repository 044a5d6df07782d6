package io.skillstudio.app.studio.concurrent;

/** What a background job can tell the status bar, and ask about cancellation. */
public interface Progress {
    void update(double done, double total);

    void message(String message);

    boolean isCancelled();

    /** For jobs run synchronously in tests. */
    Progress NONE = new Progress() {
        @Override
        public void update(double done, double total) {}

        @Override
        public void message(String message) {}

        @Override
        public boolean isCancelled() {
            return false;
        }
    };
}
