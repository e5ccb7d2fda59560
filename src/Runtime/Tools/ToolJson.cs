using System;
using System.Buffers;
using System.Text.Json;

namespace AgentGen;

/// <summary>A tool value's JSON, written by its generated writer, for the places that need it as bytes.</summary>
internal static class ToolJson
{
    /// <summary>Writes <paramref name="tool"/> with its <see cref="ITool.WriteJson"/>.</summary>
    /// <param name="tool">The tool value.</param>
    /// <returns>Its JSON, as UTF-8.</returns>
    public static ReadOnlyMemory<byte> Utf8Of(ITool tool)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            tool.WriteJson(writer);
        }

        return buffer.WrittenMemory;
    }
}
