package io.skillstudio.model.diagnostics;

/**
 * Every diagnostic the model emits, with its stable code and default severity. Codes are never
 * renumbered: CI scripts and editor suppressions refer to them. {@code docs/diagnostics.md} lists them.
 */
public enum DiagnosticCode {
    // SKILL.md
    FRONTMATTER_MISSING("SKL001", Severity.ERROR, "SKILL.md has no YAML frontmatter"),
    FRONTMATTER_INVALID("SKL002", Severity.ERROR, "SKILL.md frontmatter is not valid YAML"),
    NAME_MISSING("SKL003", Severity.ERROR, "name is missing"),
    NAME_INVALID("SKL004", Severity.ERROR, "name breaks the lint mode's rules"),
    DESCRIPTION_MISSING("SKL005", Severity.ERROR, "description is missing or empty"),
    DESCRIPTION_TOO_LONG("SKL006", Severity.ERROR, "description is too long or has forbidden characters"),
    DESCRIPTION_MISREAD_UPSTREAM("SKL007", Severity.WARNING, "upstream's single-line regex reads another description"),
    NAME_MISREAD_UPSTREAM("SKL008", Severity.WARNING, "upstream's name regex reads another name"),
    FRONTMATTER_UNKNOWN_KEY("SKL009", Severity.WARNING, "frontmatter key outside the Agent Skills spec"),
    METADATA_NOT_STRINGS("SKL010", Severity.WARNING, "metadata values should be strings"),
    SKILL_MD_MISSING("SKL011", Severity.ERROR, "SKILL.md is missing"),
    VERSION_INVALID("SKL012", Severity.ERROR, "metadata.version is not a semantic version"),
    // resources.yaml
    RESOURCES_MISSING("SKL020", Severity.ERROR, "resources.yaml is missing (upstream refuses to load)"),
    RESOURCES_SYNTAX("SKL021", Severity.ERROR, "resources.yaml is not valid YAML"),
    RESOURCES_SHAPE("SKL022", Severity.ERROR, "resources.yaml has an unusable top-level shape"),
    RESOURCE_ITEM_DROPPED("SKL023", Severity.WARNING, "a list item upstream drops silently"),
    RESOURCE_DUPLICATE_ID("SKL024", Severity.ERROR, "duplicate resource id"),
    RESOURCE_ID_MISSING("SKL025", Severity.ERROR, "resource without id"),
    RESOURCE_UNKNOWN_ENUM("SKL026", Severity.WARNING, "value outside the known set"),
    RESOURCE_PATH_MISSING("SKL027", Severity.ERROR, "resource path names no file in the package"),
    RESOURCE_PATH_UNSAFE("SKL028", Severity.ERROR, "resource path is absolute or leaves the package"),
    RESOURCE_FIELD_TYPE("SKL029", Severity.ERROR, "resource field has the wrong type"),
    RESOURCE_UNKNOWN_FIELD("SKL030", Severity.INFO, "resource field unknown to upstream (kept, ignored)"),
    RESOURCE_UNDECLARED_ID("SKL031", Severity.WARNING, "SKILL.md names a resource id that is not declared"),
    RESOURCE_INERT_RUNTIME("SKL032", Severity.WARNING, "runtime resource upstream cannot execute"),
    RESOURCE_LIST_SHAPE_R2("SKL033", Severity.WARNING, "list-shaped resources.yaml breaks the pointwise runtime"),
    RESOURCE_PATH_IGNORED("SKL034", Severity.ERROR, "resource path names a file upstream does not load"),
    RESOURCE_TYPE_MISSING("SKL035", Severity.WARNING, "resource without type"),
    // files
    FILE_IGNORED_UPSTREAM("SKL040", Severity.WARNING, "file upstream silently ignores"),
    FILE_UNREFERENCED("SKL041", Severity.INFO, "file no resource references"),
    FILE_NOT_UTF8("SKL042", Severity.ERROR, "file is not valid UTF-8"),
    FILE_BINARY("SKL043", Severity.ERROR, "binary file where text is expected"),
    FILE_TOO_LARGE("SKL044", Severity.ERROR, "file over the size limit, not read"),
    FILE_EMPTY("SKL045", Severity.WARNING, "empty file"),
    FILE_SYMLINK_OUTSIDE("SKL046", Severity.ERROR, "symbolic link pointing outside the package"),
    FILE_BOM("SKL047", Severity.WARNING, "UTF-8 byte order mark"),
    // package container
    PACKAGE_UNREADABLE("SKL050", Severity.ERROR, "the package cannot be read"),
    ZIP_UNSAFE_ENTRY("SKL051", Severity.ERROR, "zip entry with an absolute or '..' name"),
    ZIP_BOMB("SKL052", Severity.ERROR, "zip exceeds the safety limits"),
    ZIP_PREFIX_PITFALL("SKL053", Severity.WARNING, "upstream's common-prefix rule misreads this zip"),
    ZIP_OS_METADATA("SKL054", Severity.WARNING, "zip holds OS metadata entries"),
    ZIP_SUFFIX_UPSTREAM("SKL055", Severity.WARNING, "upstream only loads files ending in lower-case .zip"),
    FOLDER_LIMITS("SKL056", Severity.ERROR, "folder exceeds the safety limits (file count or total bytes)"),
    ZIP_DUPLICATE_ENTRY("SKL057", Severity.ERROR, "zip holds two entries with the same name"),
    LOCKFILE_STALE("SKL058", Severity.WARNING, "skill.lock.json does not match the package"),
    LOCKFILE_MISSING("SKL059", Severity.WARNING, "skill.lock.json is missing for a released package"),
    // checklists (validated by the evaluator's checker, code reserved here so codes stay in one list)
    CHECKLIST_SYNTAX("SKL060", Severity.ERROR, "checklist is not valid"),
    CHECKLIST_UNKNOWN_VERIFIER("SKL061", Severity.ERROR, "checklist names an unknown verifier"),
    CHECKLIST_BAD_PARAMS("SKL062", Severity.ERROR, "checklist verifier parameters are invalid"),
    CHECKLIST_AGGREGATION("SKL063", Severity.ERROR, "aggregation policy is invalid"),

    DESCRIPTION_COLLISION("SKL080", Severity.WARNING, "description collides with a sibling skill's");

    private final String code;
    private final Severity severity;
    private final String title;

    DiagnosticCode(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    public String title() {
        return title;
    }
}
