using System.Collections.Generic;

namespace AgentGen;

/// <summary>
/// The options of a <see cref="HumanInputAttribute"/> tool, as the 12-factor guide's <c>request_human_input</c> has them:
/// how urgent the question is and what form the answer takes. A tool record that implements this interface lets the
/// model choose them (they are ordinary tool properties), and <see cref="AgentThread.Respond"/> checks the person's answer
/// against the format before the thread goes on.
/// </summary>
/// <example>
/// <code>
/// [Tool, HumanInput]
/// public sealed partial record AskPerson(string Question, Urgency Urgency = Urgency.Medium,
///     ResponseFormat Format = ResponseFormat.FreeText, IReadOnlyList&lt;string&gt;? Choices = null) : IDeployStep, IHumanInputRequest;
/// </code>
/// </example>
public interface IHumanInputRequest
{
    /// <summary>Gets how soon a person should answer.</summary>
    Urgency Urgency { get; }

    /// <summary>Gets what form the answer takes.</summary>
    ResponseFormat Format { get; }

    /// <summary>Gets the answers to choose from, when <see cref="Format"/> is <see cref="ResponseFormat.OneOf"/>.</summary>
    IReadOnlyList<string>? Choices { get; }
}

/// <summary>How soon a person should answer a request.</summary>
public enum Urgency
{
    /// <summary>Whenever convenient.</summary>
    Low = 0,

    /// <summary>Today.</summary>
    Medium = 1,

    /// <summary>Now: the work is blocked.</summary>
    High = 2,
}

/// <summary>What form a person's answer takes.</summary>
public enum ResponseFormat
{
    /// <summary>Any non-empty text.</summary>
    FreeText = 0,

    /// <summary><c>yes</c> or <c>no</c> (also <c>y</c>, <c>n</c>, <c>true</c>, <c>false</c>), recorded as <c>yes</c> or <c>no</c>.</summary>
    YesNo = 1,

    /// <summary>One of the request's choices, recorded as written in the choices.</summary>
    OneOf = 2,
}
