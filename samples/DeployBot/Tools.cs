using System.ComponentModel;
using System.ComponentModel.DataAnnotations;
using AgentGen;

namespace DeployBot;

/// <summary>List the newest git tags of the backend repository.</summary>
/// <param name="Limit">How many tags, newest first.</param>
[Tool]
public sealed partial record ListGitTags([Range(1, 50)] int Limit = 10) : IDeployStep;

/// <summary>Deploy one tag of the backend to an environment. A person approves it first.</summary>
/// <param name="Tag">The git tag to deploy, for example v1.4.2.</param>
/// <param name="Environment">Where to deploy it.</param>
[Tool, RequiresApproval]
public sealed partial record DeployBackend(string Tag, DeployEnvironment Environment) : IDeployStep;

/// <summary>Deploy one tag of the frontend to an environment.</summary>
/// <param name="Tag">The git tag to deploy.</param>
/// <param name="Environment">Where to deploy it.</param>
[Tool]
public sealed partial record DeployFrontend(string Tag, DeployEnvironment Environment) : IDeployStep;

/// <summary>Ask the person for something you need to go on.</summary>
/// <param name="Message">The question.</param>
[Tool, HumanInput]
public sealed partial record RequestMoreInformation(string Message) : IDeployStep;

/// <summary>Say that the work is finished.</summary>
/// <param name="Message">What was done, for the person.</param>
[Tool, Terminal]
public sealed partial record DoneForNow(string Message) : IDeployStep;

/// <summary>Where a deploy goes.</summary>
public enum DeployEnvironment
{
    /// <summary>The staging environment.</summary>
    Staging,

    /// <summary>Production.</summary>
    Production,
}

/// <summary>The next step of a deploy conversation: exactly one of the tools above.</summary>
[NextStep]
public partial interface IDeployStep;
