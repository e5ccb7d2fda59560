using System;

// Tools the thread-serialization tests record in threads. Their names start with "thread_" so they do not
// collide with the other test tools in this assembly's generated registry.
namespace AgentGen.Tests.Threads;

/// <summary>List the newest git tags.</summary>
[Tool("thread_list_tags")]
public sealed partial record ThreadListTags(int Limit = 10);

/// <summary>Deploy a tag to a stage.</summary>
[Tool("thread_deploy"), RequiresApproval]
public sealed partial record ThreadDeploy(string Tag, ThreadStage Stage, string? Reason = null);

/// <summary>Ask a person something.</summary>
[Tool("thread_ask"), HumanInput]
public sealed partial record ThreadAsk(string Question, bool Urgent, double? Budget = null, DateTimeOffset? Deadline = null);

/// <summary>Where a deploy goes.</summary>
public enum ThreadStage
{
    Staging,
    Production,
}
