package io.skillstudio.evaluator.judge.tools;

/** The upstream tool names (skillrm-format.md §3.2); wire values. */
public final class ToolNames {
    public static final String USE_SKILL = "use_skill";
    public static final String LIST_RESOURCES = "list_resources";
    public static final String VIEW_RESOURCE = "view_resource";
    public static final String RUN_RESOURCE = "run_resource";
    public static final String PYTHON_SANDBOX = "python_sandbox";
    public static final String FINAL_ANSWER = "final_answer";

    private ToolNames() {}
}
