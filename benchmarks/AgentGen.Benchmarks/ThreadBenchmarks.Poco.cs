using System.Collections.Generic;
using System.Text.Json.Serialization;

// The baseline's object graph: what a developer would write to save a thread with JsonSerializer and reflection.
// Plain mutable classes, one per event kind and per tool; the event and tool hierarchies are polymorphic through
// System.Text.Json's own attributes, with stable discriminators (as AgentGen's format has).
namespace AgentGen.Benchmarks.Threads;

/// <summary>A saved thread.</summary>
public sealed class PocoThread
{
    /// <summary>Gets or sets the format's version.</summary>
    public int SchemaVersion { get; set; }

    /// <summary>Gets or sets the thread's id.</summary>
    public string Id { get; set; } = string.Empty;

    /// <summary>Gets or sets the events, oldest first.</summary>
    public List<PocoEvent> Events { get; set; } = [];
}

/// <summary>One event.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(PocoMessage), "message")]
[JsonDerivedType(typeof(PocoToolCall), "tool_call")]
[JsonDerivedType(typeof(PocoToolResult), "tool_result")]
[JsonDerivedType(typeof(PocoToolError), "tool_error")]
[JsonDerivedType(typeof(PocoParseError), "parse_error")]
[JsonDerivedType(typeof(PocoApprovalRequested), "approval_requested")]
[JsonDerivedType(typeof(PocoApprovalGranted), "approval_granted")]
[JsonDerivedType(typeof(PocoDone), "done")]
public abstract class PocoEvent;

/// <summary>A message.</summary>
public sealed class PocoMessage : PocoEvent
{
    /// <summary>Gets or sets the text.</summary>
    public string Text { get; set; } = string.Empty;

    /// <summary>Gets or sets where it came from.</summary>
    public string Source { get; set; } = "user";
}

/// <summary>A tool call.</summary>
public sealed class PocoToolCall : PocoEvent
{
    /// <summary>Gets or sets the call's id.</summary>
    public string CallId { get; set; } = string.Empty;

    /// <summary>Gets or sets the tool and its arguments.</summary>
    public PocoTool? Tool { get; set; }
}

/// <summary>A tool's result.</summary>
public sealed class PocoToolResult : PocoEvent
{
    /// <summary>Gets or sets the call's id.</summary>
    public string CallId { get; set; } = string.Empty;

    /// <summary>Gets or sets the tool's name.</summary>
    public string ToolName { get; set; } = string.Empty;

    /// <summary>Gets or sets the result.</summary>
    public string Result { get; set; } = string.Empty;
}

/// <summary>A tool's error.</summary>
public sealed class PocoToolError : PocoEvent
{
    /// <summary>Gets or sets the call's id.</summary>
    public string CallId { get; set; } = string.Empty;

    /// <summary>Gets or sets the tool's name.</summary>
    public string ToolName { get; set; } = string.Empty;

    /// <summary>Gets or sets the exception type.</summary>
    public string ErrorType { get; set; } = string.Empty;

    /// <summary>Gets or sets the message.</summary>
    public string Message { get; set; } = string.Empty;
}

/// <summary>An answer that could not be read.</summary>
public sealed class PocoParseError : PocoEvent
{
    /// <summary>Gets or sets the tool the model named.</summary>
    public string? ToolName { get; set; }

    /// <summary>Gets or sets what was wrong.</summary>
    public string Message { get; set; } = string.Empty;
}

/// <summary>A call waits for approval.</summary>
public sealed class PocoApprovalRequested : PocoEvent
{
    /// <summary>Gets or sets the call's id.</summary>
    public string CallId { get; set; } = string.Empty;
}

/// <summary>A call was approved.</summary>
public sealed class PocoApprovalGranted : PocoEvent
{
    /// <summary>Gets or sets the call's id.</summary>
    public string CallId { get; set; } = string.Empty;

    /// <summary>Gets or sets what the person said.</summary>
    public string? Comment { get; set; }
}

/// <summary>The work is finished.</summary>
public sealed class PocoDone : PocoEvent
{
    /// <summary>Gets or sets the final message.</summary>
    public string Message { get; set; } = string.Empty;
}

/// <summary>A tool value.</summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "tool")]
[JsonDerivedType(typeof(PocoListGitTags), "list_git_tags")]
[JsonDerivedType(typeof(PocoDeployBackend), "deploy_backend")]
[JsonDerivedType(typeof(PocoDeployFrontend), "deploy_frontend")]
[JsonDerivedType(typeof(PocoDoneForNow), "done_for_now")]
public abstract class PocoTool;

/// <summary>List the newest git tags.</summary>
public sealed class PocoListGitTags : PocoTool
{
    /// <summary>Gets or sets how many.</summary>
    public int Limit { get; set; } = 10;
}

/// <summary>Deploy a backend tag.</summary>
public sealed class PocoDeployBackend : PocoTool
{
    /// <summary>Gets or sets the tag.</summary>
    public string Tag { get; set; } = string.Empty;

    /// <summary>Gets or sets where.</summary>
    public DeployEnvironment Environment { get; set; }

    /// <summary>Gets or sets how many replicas.</summary>
    public int Replicas { get; set; } = 1;
}

/// <summary>Deploy a frontend tag.</summary>
public sealed class PocoDeployFrontend : PocoTool
{
    /// <summary>Gets or sets the tag.</summary>
    public string Tag { get; set; } = string.Empty;

    /// <summary>Gets or sets where.</summary>
    public DeployEnvironment Environment { get; set; }
}

/// <summary>Say that the work is finished.</summary>
public sealed class PocoDoneForNow : PocoTool
{
    /// <summary>Gets or sets the message.</summary>
    public string Message { get; set; } = string.Empty;
}
