using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AgentGen;

namespace ToolSchemas;

/// <summary>List the newest git tags of the backend repository.</summary>
/// <param name="Limit">How many tags, newest first.</param>
[Tool]
public sealed partial record ListGitTags([Range(1, 50)] int Limit = 10) : IDeployStep;

/// <summary>Deploy one tag of the backend to an environment.</summary>
/// <param name="Environment">Where the tag goes.</param>
[Tool, RequiresApproval]
public sealed partial record DeployBackend(
    [property: Description("The git tag to deploy, e.g. v1.4.2")] string Tag,
    Environment Environment,
    [property: Description("Why this deploy is needed, for the audit log")] string? Reason = null) : IDeployStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done, for the person who asked.</param>
[Tool, Terminal]
public sealed partial record DoneForNow(string Message) : IDeployStep;

/// <summary>The next step of a deploy conversation.</summary>
[NextStep]
public partial interface IDeployStep;

/// <summary>Open an incident for the on-call team.</summary>
/// <param name="Title">A one-line summary.</param>
/// <param name="Severity">How bad it is.</param>
/// <param name="Labels">Labels for routing, e.g. the affected service.</param>
/// <param name="Owner">Who handles it, if known.</param>
/// <param name="Since">When it started, if known.</param>
[Tool("open_incident")]
public sealed partial record OpenIncident(
    [property: StringLength(120, MinimumLength = 5)] string Title,
    Severity Severity,
    IReadOnlyList<string> Labels,
    Contact? Owner,
    DateTimeOffset? Since)
{
    /// <summary>Anything else the on-call person should know.</summary>
    public string? Notes { get; init; }
}

/// <summary>A person to contact.</summary>
/// <param name="Name">Full name.</param>
/// <param name="Email">Work email address.</param>
public sealed record Contact(string Name, string Email);

/// <summary>Where a deploy goes.</summary>
public enum Environment { Staging, Production }

/// <summary>How bad an incident is.</summary>
public enum Severity { Low, High, Critical }
