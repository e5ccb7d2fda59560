using System.Text.Json;

namespace AgentGen;

/// <summary>A tool value of any type: what a thread records when the model chooses a tool.</summary>
/// <remarks>Do not implement this interface by hand; mark the type with <see cref="ToolAttribute"/>.</remarks>
public interface ITool
{
    /// <summary>Gets the function name the model sees.</summary>
    string ToolName { get; }

    /// <summary>Writes this value as one JSON object.</summary>
    /// <param name="writer">The writer.</param>
    void WriteJson(Utf8JsonWriter writer);

    /// <summary>
    /// Writes this value's properties as the context shows them: compact YAML-ish lines, <see cref="SensitiveAttribute"/>
    /// properties left out. The generator emits this per tool; the default, for a tool written by hand, derives the lines
    /// from <see cref="WriteJson"/>.
    /// </summary>
    /// <param name="writer">The writer.</param>
    void WriteContext(ContextWriter writer)
    {
        System.ArgumentNullException.ThrowIfNull(writer);
        writer.WriteJsonOf(this);
    }
}
