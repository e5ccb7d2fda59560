using System;

namespace AgentGen;

/// <summary>
/// Marks a <see langword="partial"/> record (or class) as a tool the model can choose.
/// The generator emits its JSON schema, a reflection-free reader, binder and writer,
/// and a Microsoft.Extensions.AI declaration.
/// </summary>
/// <remarks>
/// The tool's description comes from <see cref="System.ComponentModel.DescriptionAttribute"/> on the type
/// or from its XML documentation summary; each property's description from
/// <see cref="System.ComponentModel.DescriptionAttribute"/> or the record's <c>&lt;param&gt;</c> documentation.
/// </remarks>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false, Inherited = false)]
public sealed class ToolAttribute : Attribute
{
    /// <summary>Initializes a tool whose name is the snake_case form of the type name.</summary>
    public ToolAttribute()
    {
    }

    /// <summary>Initializes a tool with an explicit name.</summary>
    /// <param name="name">The function name the model sees, for example <c>list_git_tags</c>.</param>
    public ToolAttribute(string name)
    {
        Name = name;
    }

    /// <summary>Gets the function name the model sees, or <see langword="null"/> for the snake_case form of the type name.</summary>
    public string? Name { get; }

    /// <summary>Gets or sets how property names are written in JSON when no <c>[JsonPropertyName]</c> is given.</summary>
    public JsonNaming PropertyNaming { get; set; } = JsonNaming.SnakeCaseLower;
}
