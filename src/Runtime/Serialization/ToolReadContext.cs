using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.ComponentModel;
using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;

namespace AgentGen.Serialization;

/// <summary>
/// The state of one read or bind: the current JSON path and the errors seen so far.
/// Generated code passes it by reference; it allocates nothing until an error occurs.
/// </summary>
/// <remarks>Used by generated code; not meant to be called by hand.</remarks>
[EditorBrowsable(EditorBrowsableState.Never)]
public struct ToolReadContext
{
    private const int InlineDepth = 16;

    /// <summary>What a reader expected where an array is declared; <see cref="Lenient.LenientShape"/> looks for it.</summary>
    internal const string ExpectedArray = "array";

    /// <summary>How an unknown property's error begins the declared names; <see cref="Lenient.LenientShape"/> reads them back.</summary>
    internal const string OneOf = "one of ";

    private PathNames _names;
    private PathIndices _indices;
    private int _depth;
    private ImmutableArray<ToolReadError>.Builder? _errors;
    private Lenient.LenientRepair _repairs;

    /// <summary>Initializes a context.</summary>
    /// <param name="options">The options, or <see langword="null"/> for the defaults.</param>
    public ToolReadContext(ToolReadOptions? options)
    {
        Options = options ?? ToolReadOptions.Default;
    }

    /// <summary>Gets the options.</summary>
    public ToolReadOptions Options { get; }

    /// <summary>Gets the number of errors recorded so far.</summary>
    public readonly int ErrorCount => _errors?.Count ?? 0;

    /// <summary>Gets a value indicating whether any error was recorded.</summary>
    public readonly bool HasErrors => _errors is { Count: > 0 };

    /// <summary>Gets the lenient readings made so far (a number in a string, a name in another case).</summary>
    internal readonly Lenient.LenientRepair Repairs => _repairs;

    /// <summary>Records a lenient reading, reported with the value as one of the JSON protocol's repairs.</summary>
    /// <param name="repair">The reading.</param>
    internal void Note(Lenient.LenientRepair repair) => _repairs |= repair;

    /// <summary>Gets the current nesting depth.</summary>
    public readonly int Depth => _depth;

    /// <summary>Enters a property.</summary>
    /// <param name="name">The property's JSON name.</param>
    public void Enter(string name)
    {
        if (_depth < InlineDepth)
        {
            _names[_depth] = name;
            _indices[_depth] = -1;
        }

        _depth++;
    }

    /// <summary>Enters an array element.</summary>
    /// <param name="index">The element's index.</param>
    public void Enter(int index)
    {
        if (_depth < InlineDepth)
        {
            _names[_depth] = null;
            _indices[_depth] = index;
        }

        _depth++;
    }

    /// <summary>Leaves the innermost property or element.</summary>
    public void Exit() => _depth--;

    /// <summary>Records an error at the current path.</summary>
    /// <param name="kind">What went wrong.</param>
    /// <param name="expected">What was expected.</param>
    /// <param name="found">What was found.</param>
    /// <param name="offset">The byte offset, when known.</param>
    public void AddError(ToolReadErrorKind kind, string expected, string? found, long? offset = null)
    {
        _errors ??= ImmutableArray.CreateBuilder<ToolReadError>();
        _errors.Add(new ToolReadError(kind, CurrentPath(null), expected, found, offset));
    }

    /// <summary>Records that a required property is missing from the current object.</summary>
    /// <param name="name">The property's JSON name.</param>
    /// <param name="expected">The property's JSON type.</param>
    public void AddMissing(string name, string expected)
    {
        _errors ??= ImmutableArray.CreateBuilder<ToolReadError>();
        _errors.Add(new ToolReadError(ToolReadErrorKind.MissingProperty, CurrentPath(name), expected, null));
    }

    /// <summary>Records an unknown property when <see cref="ToolReadOptions.DisallowUnknownProperties"/> is set.</summary>
    /// <param name="name">The property's name as written.</param>
    /// <param name="known">The names the object declares, for the message.</param>
    /// <param name="offset">The byte offset, when known.</param>
    public void AddUnknownProperty(string name, string known, long? offset = null)
    {
        if (!Options.DisallowUnknownProperties || (_depth == 0 && name == Options.DiscriminatorPropertyName))
        {
            return;
        }

        _errors ??= ImmutableArray.CreateBuilder<ToolReadError>();
        _errors.Add(new ToolReadError(ToolReadErrorKind.UnknownProperty, CurrentPath(name), OneOf + known, null, offset));
    }

    /// <summary>Returns the errors recorded so far.</summary>
    /// <returns>The errors.</returns>
    public readonly ImmutableArray<ToolReadError> GetErrors() => _errors?.ToImmutable() ?? ImmutableArray<ToolReadError>.Empty;

    /// <summary>Formats the current path, optionally with one more property.</summary>
    /// <param name="child">A property name to append, or <see langword="null"/>.</param>
    /// <returns>A path such as <c>$.tags[2].name</c>.</returns>
    public readonly string CurrentPath(string? child)
    {
        var builder = new StringBuilder("$");
        int shown = Math.Min(_depth, InlineDepth);
        for (int i = 0; i < shown; i++)
        {
            if (_names[i] is { } name)
            {
                AppendName(builder, name);
            }
            else
            {
                builder.Append('[').Append(_indices[i].ToString(CultureInfo.InvariantCulture)).Append(']');
            }
        }

        if (_depth > InlineDepth)
        {
            builder.Append("...");
        }

        if (child is not null)
        {
            AppendName(builder, child);
        }

        return builder.ToString();
    }

    private static void AppendName(StringBuilder builder, string name)
    {
        if (name.Length == 0)
        {
            builder.Append("['']");
            return;
        }

        foreach (char c in name)
        {
            if (!(char.IsLetterOrDigit(c) || c == '_' || c == '-'))
            {
                builder.Append("['").Append(name.Replace("'", "\\'", StringComparison.Ordinal)).Append("']");
                return;
            }
        }

        builder.Append('.').Append(name);
    }

    [InlineArray(InlineDepth)]
    private struct PathNames
    {
        private string? _element;
    }

    [InlineArray(InlineDepth)]
    private struct PathIndices
    {
        private int _element;
    }
}
