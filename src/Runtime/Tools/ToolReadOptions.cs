namespace AgentGen;

/// <summary>Options for reading and binding tool values.</summary>
public sealed record ToolReadOptions
{
    /// <summary>Gets the default options: unknown properties are ignored.</summary>
    public static ToolReadOptions Default { get; } = new();

    /// <summary>Gets a value indicating whether a property the tool does not declare is an error rather than ignored.</summary>
    public bool DisallowUnknownProperties { get; init; }

    /// <summary>
    /// Gets the name of a top-level property that names the tool (the JSON protocol's <c>intent</c>).
    /// It is skipped without error even when unknown properties are disallowed.
    /// </summary>
    public string? DiscriminatorPropertyName { get; init; }

    /// <summary>Gets the maximum nesting depth of the input. Defaults to 64.</summary>
    public int MaxDepth { get; init; } = 64;
}
