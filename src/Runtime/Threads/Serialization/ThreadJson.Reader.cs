using System;
using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using System.Text.Json;
using AgentGen.Serialization.Lenient;

namespace AgentGen;

public static partial class ThreadJson
{
    /// <summary>Loads a thread saved by <see cref="Serialize(AgentThread)"/> or <see cref="Write"/>.</summary>
    /// <param name="utf8Json">The JSON, as UTF-8 bytes.</param>
    /// <param name="tools">Reads tool calls by tool name: <c>AgentGen.Generated.ToolRegistry.Instance</c> of the assembly that declares the tools.</param>
    /// <returns>The thread. Events this version cannot read are kept as <see cref="UnknownEvent"/>s.</returns>
    /// <exception cref="ThreadFormatException">The JSON is malformed, is not a thread, or has a newer schema version.</exception>
    /// <remarks>
    /// One pass over the bytes: tool arguments go to <paramref name="tools"/> as slices of <paramref name="utf8Json"/>, and
    /// an event kept as an <see cref="UnknownEvent"/> is copied from them verbatim. Malformed JSON anywhere is reported
    /// before anything else; then the thread's schema version, id and events, in that order.
    /// </remarks>
    public static AgentThread Deserialize(ReadOnlySpan<byte> utf8Json, IToolRegistry tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        try
        {
            var reader = new Utf8JsonReader(utf8Json);
            return ReadThread(ref reader, utf8Json, tools);
        }
        catch (JsonException exception)
        {
            throw new ThreadFormatException(
                $"Stored thread is malformed JSON at line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1} of that line: {exception.Message}",
                exception);
        }
    }

    /// <summary>
    /// Reads the whole input before judging it, so that malformed JSON anywhere wins over a thread error; the root's
    /// properties may come in any order, and a repeated one counts once, the last time.
    /// </summary>
    private static AgentThread ReadThread(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, IToolRegistry tools)
    {
        reader.Read();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            string notObject = DescribeToken(ref reader, utf8Json);
            reader.Skip();
            EnsureEnd(ref reader);
            throw Format("$", $"expected a thread object, found {notObject}");
        }

        int? schemaVersion = null;
        bool hasId = false;
        string? id = null;
        string? idFound = null;
        InvalidOperationException? idInvalid = null;
        bool hasEvents = false;
        ImmutableArray<ThreadEvent> events = default;
        Exception? eventError = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (JsonPropertyNames.Is(ref reader, s_schemaVersionName.EncodedUtf8Bytes))
            {
                reader.Read();
                schemaVersion = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out int version) ? version : null;
            }
            else if (JsonPropertyNames.Is(ref reader, s_idName.EncodedUtf8Bytes))
            {
                reader.Read();
                hasId = true;
                idInvalid = null;
                if (reader.TokenType != JsonTokenType.String || !TryGetString(ref reader, out id, out idInvalid))
                {
                    id = null;
                    idFound = DescribeToken(ref reader, utf8Json);
                }
            }
            else if (JsonPropertyNames.Is(ref reader, s_eventsName.EncodedUtf8Bytes))
            {
                reader.Read();
                hasEvents = reader.TokenType == JsonTokenType.StartArray;
                events = hasEvents ? ReadEvents(ref reader, utf8Json, tools, out eventError) : default;
            }
            else
            {
                reader.Read();
            }

            reader.Skip();
        }

        EnsureEnd(ref reader);
        if (schemaVersion is not int found)
        {
            throw Format("$.schema_version", "expected an integer schema version");
        }

        if (found < 1 || found > SchemaVersion)
        {
            throw Format(
                "$.schema_version",
                $"schema version {found} is not supported; this version of AgentGen reads versions 1 to {SchemaVersion}. Upgrade the application to load it");
        }

        if (idInvalid is not null)
        {
            throw idInvalid;
        }

        if (id is null)
        {
            throw Format("$.id", $"expected a string, found {(hasId ? idFound : "nothing")}");
        }

        if (id.Length == 0)
        {
            throw Format("$.id", "expected a non-empty thread id");
        }

        if (!hasEvents)
        {
            throw Format("$.events", "expected an array of events");
        }

        return eventError is null ? AgentThread.FromEvents(id, events) : throw eventError;
    }

    /// <summary>Reads the events of the array the reader is on, leaving it on the array's end.</summary>
    /// <param name="reader">The reader, on the array's start.</param>
    /// <param name="utf8Json">The whole input, for the slices events are read from.</param>
    /// <param name="tools">The tool registry.</param>
    /// <param name="error">Why the first event that can be neither read nor kept is wrong, thrown once the whole input is known to be well-formed.</param>
    private static ImmutableArray<ThreadEvent> ReadEvents(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json, IToolRegistry tools, out Exception? error)
    {
        error = null;
        var fields = new EventReader(utf8Json, tools);
        ThreadEvent[] read = ArrayPool<ThreadEvent>.Shared.Rent(Math.Clamp(utf8Json.Length / 96, 16, 4096));
        int count = 0;
        try
        {
            try
            {
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    ThreadEvent e = fields.Read(ref reader, count);
                    if (count == read.Length)
                    {
                        ThreadEvent[] larger = ArrayPool<ThreadEvent>.Shared.Rent(read.Length * 2);
                        read.AsSpan().CopyTo(larger);
                        ArrayPool<ThreadEvent>.Shared.Return(read, clearArray: true);
                        read = larger;
                    }

                    read.AsSpan()[count++] = e; // Through a span: no covariance check per store.
                }
            }
            catch (Exception exception) when (exception is ThreadFormatException or InvalidOperationException)
            {
                // The reader is past that event: go on to the end of the input, which may still be malformed.
                error = exception;
                while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
                {
                    reader.Skip();
                }
            }

            return ImmutableArray.Create(read.AsSpan(0, count));
        }
        finally
        {
            ArrayPool<ThreadEvent>.Shared.Return(read, clearArray: true);
        }
    }

    /// <summary>Throws when anything but whitespace follows the thread object.</summary>
    private static void EnsureEnd(ref Utf8JsonReader reader) => _ = reader.Read();

    /// <summary>Describes the value the reader is on, for an error message: <c>an array</c>, <c>the number 42</c>, ...</summary>
    private static string DescribeToken(ref Utf8JsonReader reader, ReadOnlySpan<byte> utf8Json) => reader.TokenType switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "the number " + Encoding.UTF8.GetString(utf8Json.Slice((int)reader.TokenStartIndex, reader.ValueSpan.Length)),
        JsonTokenType.True => "true",
        JsonTokenType.False => "false",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };

    private static string EventPath(int index) => $"$.events[{index.ToString(CultureInfo.InvariantCulture)}]";

    private static ThreadFormatException Format(string path, string what) => new($"Stored thread is not valid at {path}: {what}.");
}
