using System;

// The tools the store tests record in threads. The generator runs on them as it does in an application, and
// AgentGen.Generated.ToolRegistry.Instance of this assembly reads them back.
namespace AgentGen.Stores.Tests;

/// <summary>List the newest git tags.</summary>
[Tool]
public sealed partial record ListGitTags(int Limit = 10) : IDeployStep;

/// <summary>Deploy a tag to an environment.</summary>
[Tool, RequiresApproval]
public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment, string? Reason = null) : IDeployStep;

/// <summary>Ask the person something.</summary>
[Tool, HumanInput]
public sealed partial record AskPerson(string Question, bool Urgent, double? Budget = null, DateTimeOffset? Deadline = null) : IDeployStep;

/// <summary>Rotate the deploy keys: a tool that only the "newer" application in the compatibility test knows.</summary>
[Tool]
public sealed partial record RotateKeys(bool All, string? Scope = null) : IDeployStep;

/// <summary>Say that the work is finished.</summary>
[Tool, Terminal]
public sealed partial record DoneForNow(string Message) : IDeployStep;

/// <summary>The next step of a deploy conversation.</summary>
[NextStep]
public partial interface IDeployStep;

/// <summary>Where a deploy goes.</summary>
public enum DeployEnvironment
{
    Staging,
    Production,
}
