package io.skillstudio.app.studio.samples;

/** The columns of the sample-set table; every other field of a row is kept as it is. */
public enum SampleColumn {
    ID("id"),
    PROMPT("prompt"),
    RESPONSES("response(s)"),
    EXPECTED("expected"),
    EXPECTED_SKILL("expected skill");

    private final String title;

    SampleColumn(String title) {
        this.title = title;
    }

    public String title() {
        return title;
    }
}
