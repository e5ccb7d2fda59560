namespace AgentGen;

/// <summary>What went wrong when reading or binding a tool value.</summary>
public enum ToolReadErrorKind
{
    /// <summary>The input is not well-formed JSON (see <see cref="ToolReadError.Offset"/>).</summary>
    MalformedJson = 0,

    /// <summary>The input ended before the JSON value was complete.</summary>
    Truncated = 1,

    /// <summary>A required property is missing.</summary>
    MissingProperty = 2,

    /// <summary>A value has the wrong JSON type.</summary>
    WrongType = 3,

    /// <summary>A string is not one of the enum's allowed values.</summary>
    UnknownEnumValue = 4,

    /// <summary>A property the tool does not declare (only with <see cref="ToolReadOptions.DisallowUnknownProperties"/>).</summary>
    UnknownProperty = 5,

    /// <summary>A value breaks a declared constraint (range, length, pattern, allowed values) or does not fit its .NET type.</summary>
    InvalidValue = 6,

    /// <summary>The input nests deeper than <see cref="ToolReadOptions.MaxDepth"/>.</summary>
    TooDeep = 7,

    /// <summary>The model named a tool that is not one of the choices offered.</summary>
    UnknownTool = 8,
}
