using System;

namespace AgentGen;

/// <summary>
/// Marks a <see langword="partial"/> class as an agent: the generator implements its
/// <see cref="StepAttribute"/> methods, its dispatcher over the next-step union and its bounded loop.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class AgentAttribute : Attribute
{
    /// <summary>Gets or sets how many steps one run may take before the thread stops in a resumable step-limit state. Defaults to 10.</summary>
    public int MaxSteps { get; set; } = 10;

    /// <summary>Gets or sets how many errors in a row escalate the thread to a person. Defaults to 3.</summary>
    public int MaxConsecutiveErrors { get; set; } = 3;

    /// <summary>Gets or sets how the agent's steps ask the model for an answer, unless a step says otherwise. Defaults to tool calls.</summary>
    public StepProtocol Protocol { get; set; } = StepProtocol.ToolCalls;
}
