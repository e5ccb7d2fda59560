using System;
using System.Text.Json;

namespace AgentGen;

public static partial class ThreadJson
{
    // The stored names, spelled once: the writer writes them pre-encoded and the reader matches the same bytes.
    private static readonly JsonEncodedText s_schemaVersionName = JsonEncodedText.Encode("schema_version");
    private static readonly JsonEncodedText s_idName = JsonEncodedText.Encode("id");
    private static readonly JsonEncodedText s_eventsName = JsonEncodedText.Encode("events");

    private static readonly string[] s_kindNames =
    [
        "message", "tool_call", "tool_result", "tool_error", "parse_error", "human_input_requested", "approval_requested", "paused",
        "done", "failed", "step_limit_reached", "escalated", "tool_started", "approval_granted", "approval_rejected", "human_response",
    ];

    private static readonly string[] s_fieldNames =
    [
        "kind", "text", "source", "call_id", "tool", "arguments", "result", "error_type", "message", "reason", "error", "max_steps",
        "consecutive_errors", "attempt", "comment", "feedback",
    ];

    // The event reader keeps one slot per field on the stack: its size must follow the list.
    private static readonly int s_fieldCount = s_fieldNames.Length == FieldCount
        ? FieldCount
        : throw new InvalidOperationException($"ThreadJson.FieldCount is {FieldCount} but there are {s_fieldNames.Length} field names.");

    /// <summary>How many fields there are: the size of the event reader's slots.</summary>
    private const int FieldCount = 16;

    private static readonly JsonEncodedText[] s_encodedKinds = Array.ConvertAll(s_kindNames, name => JsonEncodedText.Encode(name));
    private static readonly JsonEncodedText[] s_encodedFields = Array.ConvertAll(s_fieldNames, name => JsonEncodedText.Encode(name));
    private static readonly int[][] s_kindsByLength = ByLength(s_encodedKinds);
    private static readonly int[][] s_fieldsByLength = ByLength(s_encodedFields);

    /// <summary>The event kinds this version reads and writes, in the order of <see cref="s_kindNames"/>.</summary>
    private enum EventKind
    {
        Message, ToolCall, ToolResult, ToolError, ParseError, HumanInputRequested, ApprovalRequested, Paused,
        Done, Failed, StepLimitReached, Escalated, ToolStarted, ApprovalGranted, ApprovalRejected, HumanResponse,
        Unknown = -1,
    }

    /// <summary>The event properties this version reads and writes, in the order of <see cref="s_fieldNames"/>.</summary>
    private enum Field
    {
        Kind, Text, Source, CallId, Tool, Arguments, Result, ErrorType, Message, Reason, Error, MaxSteps,
        ConsecutiveErrors, Attempt, Comment, Feedback,
        Other = -1,
    }

    private static JsonEncodedText Name(Field field) => s_encodedFields[(int)field];

    private static JsonEncodedText Name(EventKind kind) => s_encodedKinds[(int)kind];

    /// <summary>Finds the kind an unescaped UTF-8 name spells.</summary>
    private static EventKind KindOf(ReadOnlySpan<byte> utf8) => (EventKind)Find(s_kindsByLength, s_encodedKinds, utf8);

    /// <summary>Finds the field an unescaped UTF-8 name spells.</summary>
    private static Field FieldOf(ReadOnlySpan<byte> utf8) => (Field)Find(s_fieldsByLength, s_encodedFields, utf8);

    /// <returns>The index of the name in <paramref name="names"/>, or -1.</returns>
    private static int Find(int[][] byLength, JsonEncodedText[] names, ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length < byLength.Length)
        {
            foreach (int candidate in byLength[utf8.Length])
            {
                if (utf8.SequenceEqual(names[candidate].EncodedUtf8Bytes))
                {
                    return candidate;
                }
            }
        }

        return -1;
    }

    /// <summary>Groups the indices of names by their UTF-8 length, so that matching one compares it with one or two candidates.</summary>
    private static int[][] ByLength(JsonEncodedText[] names)
    {
        int longest = 0;
        foreach (JsonEncodedText name in names)
        {
            longest = Math.Max(longest, name.EncodedUtf8Bytes.Length);
        }

        var groups = new int[longest + 1][];
        for (int length = 0; length <= longest; length++)
        {
            var group = new System.Collections.Generic.List<int>();
            for (int i = 0; i < names.Length; i++)
            {
                if (names[i].EncodedUtf8Bytes.Length == length)
                {
                    group.Add(i);
                }
            }

            groups[length] = [.. group];
        }

        return groups;
    }
}
