using System;

namespace AgentGen;

/// <summary>
/// Marks a <see langword="partial"/> method of an agent as an LLM step whose body the generator writes:
/// it renders the prompt, calls the model and binds the answer to the method's return type.
/// </summary>
[AttributeUsage(AttributeTargets.Method, AllowMultiple = false, Inherited = false)]
public sealed class StepAttribute : Attribute
{
    /// <summary>Initializes a step whose prompt template is a file given by <see cref="PromptFile"/>.</summary>
    public StepAttribute()
    {
        Prompt = string.Empty;
    }

    /// <summary>Initializes a step with its prompt template.</summary>
    /// <param name="prompt">The prompt; <c>{{name}}</c> placeholders are filled from the method's parameters.</param>
    public StepAttribute(string prompt)
    {
        Prompt = prompt;
    }

    /// <summary>Gets the prompt template.</summary>
    public string Prompt { get; }

    /// <summary>
    /// Gets or sets the path of a prompt template file, passed to the compiler as an <c>AdditionalFiles</c> item
    /// (<c>&lt;AdditionalFiles Include="Prompts/next_step.md" /&gt;</c>). The path is matched against the end of the item's path.
    /// </summary>
    public string? PromptFile { get; set; }

    /// <summary>Gets or sets how this step asks the model for an answer. When not set, the agent's <see cref="AgentAttribute.Protocol"/> applies.</summary>
    public StepProtocol Protocol { get; set; }
}
