using System;
using System.Text;

namespace AgentGen.Generators.Helpers;

/// <summary>
/// One <see cref="StringBuilder"/> per thread, reused from generated file to generated file: writing the files of a
/// large project then allocates little more than their text.
/// </summary>
internal static class StringBuilderCache
{
    // Large enough for most generated files; a builder that grew past the limit is not kept.
    private const int InitialCapacity = 16 * 1024;
    private const int MaxCachedCapacity = 256 * 1024;

    [ThreadStatic]
    private static StringBuilder? t_cached;

    /// <summary>The thread's builder, empty, or a new one when it is in use.</summary>
    public static StringBuilder Acquire()
    {
        StringBuilder? builder = t_cached;
        t_cached = null;
        return builder ?? new StringBuilder(InitialCapacity);
    }

    /// <summary>The builder's text; the builder goes back to the thread and must not be used again.</summary>
    public static string ToStringAndRelease(StringBuilder builder)
    {
        string text = builder.ToString();
        if (builder.Capacity <= MaxCachedCapacity && (t_cached is null || t_cached.Capacity < builder.Capacity))
        {
            builder.Clear();
            t_cached = builder;
        }

        return text;
    }
}
