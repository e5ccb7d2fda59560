using System;
using System.Collections.Generic;
using System.Text.Json;
using Microsoft.Extensions.AI;

namespace AgentGen;

/// <summary>
/// A tool's declaration for <see cref="ChatOptions.Tools"/>: its name, description and JSON schema.
/// It describes the tool and can never be invoked, so a chat client cannot run it behind the agent's back.
/// </summary>
public sealed class ToolDeclaration : AIFunctionDeclaration
{
    /// <summary>The <see cref="AITool.AdditionalProperties"/> key that asks providers for strict schema adherence.</summary>
    public const string StrictKey = "strict";

    private static readonly IReadOnlyDictionary<string, object?> s_strictProperties = new Dictionary<string, object?> { [StrictKey] = true };

    /// <summary>Initializes a declaration.</summary>
    /// <param name="name">The function name.</param>
    /// <param name="description">The description, or <see langword="null"/>.</param>
    /// <param name="utf8JsonSchema">The JSON schema of the function's arguments, as UTF-8 bytes.</param>
    /// <param name="strict">Whether the schema is the strict variant, which providers are asked to enforce.</param>
    public ToolDeclaration(string name, string? description, ReadOnlySpan<byte> utf8JsonSchema, bool strict)
    {
        ArgumentException.ThrowIfNullOrEmpty(name);
        Name = name;
        Description = description ?? string.Empty;
        var reader = new Utf8JsonReader(utf8JsonSchema);
        JsonSchema = JsonElement.ParseValue(ref reader);
        IsStrict = strict;
    }

    /// <inheritdoc/>
    public override string Name { get; }

    /// <inheritdoc/>
    public override string Description { get; }

    /// <inheritdoc/>
    public override JsonElement JsonSchema { get; }

    /// <summary>Gets a value indicating whether the schema is the strict variant.</summary>
    public bool IsStrict { get; }

    /// <inheritdoc/>
    public override IReadOnlyDictionary<string, object?> AdditionalProperties => IsStrict ? s_strictProperties : base.AdditionalProperties;
}
