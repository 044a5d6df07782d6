package io.skillstudio.app.studio.versions;

/** How the versions window shows a revision: a full commit id is shortened to 8 characters, like the log. */
final class Revisions {

    private Revisions() {}

    static String label(String rev) {
        return rev != null && rev.matches("[0-9a-f]{40}") ? rev.substring(0, 8) : rev;
    }
}
