using System;
using System.Collections.Generic;
using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AgentGen;

namespace ToolSchemas;

/// <summary>List the newest git tags of the backend repository.</summary>
/// <param name="Limit">How many tags, newest first.</param>
[Tool]
public sealed partial record ListGitTags([Range(1, 50)] int Limit = 10);

/// <summary>Deploy one tag of the backend to an environment.</summary>
[Tool, RequiresApproval]
public sealed partial record DeployBackend(
    [property: Description("The git tag to deploy, e.g. v1.4.2")] string Tag,
    Environment Environment,
    string? Reason = null);

/// <summary>Create an incident ticket.</summary>
[Tool("open_incident")]
public sealed partial record OpenIncident(string Title, Severity Severity, IReadOnlyList<string> Labels, Contact? Owner, Dictionary<string, int> Counts, DateTimeOffset? Since)
{
    /// <summary>Optional notes.</summary>
    public string? Notes { get; init; }

    public required Guid Id { get; init; }
}

/// <summary>A person to contact.</summary>
public sealed record Contact(string Name, [property: EmailAddress] string Email);

public enum Environment { Staging, Production }

public enum Severity { Low, High, Critical }
