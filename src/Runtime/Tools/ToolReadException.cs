using System;
using System.Collections.Immutable;
using System.Linq;

namespace AgentGen;

/// <summary>Thrown by <see cref="ToolReadResult{T}.GetValueOrThrow"/> when a tool value could not be read.</summary>
public sealed class ToolReadException : Exception
{
    /// <summary>Initializes the exception.</summary>
    /// <param name="toolType">The name of the tool type that was being read.</param>
    /// <param name="errors">The reading errors.</param>
    public ToolReadException(string toolType, ImmutableArray<ToolReadError> errors)
        : base($"Could not read {toolType}: " + string.Join("; ", errors.Select(e => e.Message)))
    {
        Errors = errors;
    }

    /// <summary>Gets the reading errors.</summary>
    public ImmutableArray<ToolReadError> Errors { get; }
}
