using System;
using System.Text.Json;

namespace AgentGen;

public static partial class ThreadJson
{
    // The stored names: the writer writes them pre-encoded from these lists; KindOf and FieldOf below match the same
    // bytes spelled as UTF-8 literals (the JIT compares a literal in a word or two), which the round-trip tests check.
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

    /// <summary>Finds the kind an unescaped UTF-8 name spells: one length test, then a compare or two.</summary>
    private static EventKind KindOf(ReadOnlySpan<byte> utf8) => utf8.Length switch
    {
        4 => utf8.SequenceEqual("done"u8) ? EventKind.Done : EventKind.Unknown,
        6 => utf8.SequenceEqual("paused"u8) ? EventKind.Paused : utf8.SequenceEqual("failed"u8) ? EventKind.Failed : EventKind.Unknown,
        7 => utf8.SequenceEqual("message"u8) ? EventKind.Message : EventKind.Unknown,
        9 => utf8.SequenceEqual("tool_call"u8) ? EventKind.ToolCall : utf8.SequenceEqual("escalated"u8) ? EventKind.Escalated : EventKind.Unknown,
        10 => utf8.SequenceEqual("tool_error"u8) ? EventKind.ToolError : EventKind.Unknown,
        11 => utf8.SequenceEqual("tool_result"u8) ? EventKind.ToolResult : utf8.SequenceEqual("parse_error"u8) ? EventKind.ParseError : EventKind.Unknown,
        12 => utf8.SequenceEqual("tool_started"u8) ? EventKind.ToolStarted : EventKind.Unknown,
        14 => utf8.SequenceEqual("human_response"u8) ? EventKind.HumanResponse : EventKind.Unknown,
        16 => utf8.SequenceEqual("approval_granted"u8) ? EventKind.ApprovalGranted : EventKind.Unknown,
        17 => utf8.SequenceEqual("approval_rejected"u8) ? EventKind.ApprovalRejected : EventKind.Unknown,
        18 => utf8.SequenceEqual("approval_requested"u8) ? EventKind.ApprovalRequested : utf8.SequenceEqual("step_limit_reached"u8) ? EventKind.StepLimitReached : EventKind.Unknown,
        21 => utf8.SequenceEqual("human_input_requested"u8) ? EventKind.HumanInputRequested : EventKind.Unknown,
        _ => EventKind.Unknown,
    };

    /// <summary>Finds the field an unescaped UTF-8 name spells: one length test, then a compare or two.</summary>
    private static Field FieldOf(ReadOnlySpan<byte> utf8) => utf8.Length switch
    {
        4 => utf8.SequenceEqual("kind"u8) ? Field.Kind : utf8.SequenceEqual("text"u8) ? Field.Text : utf8.SequenceEqual("tool"u8) ? Field.Tool : Field.Other,
        5 => utf8.SequenceEqual("error"u8) ? Field.Error : Field.Other,
        6 => utf8.SequenceEqual("source"u8) ? Field.Source : utf8.SequenceEqual("result"u8) ? Field.Result : utf8.SequenceEqual("reason"u8) ? Field.Reason : Field.Other,
        7 => utf8.SequenceEqual("call_id"u8) ? Field.CallId : utf8.SequenceEqual("message"u8) ? Field.Message : utf8.SequenceEqual("attempt"u8) ? Field.Attempt : utf8.SequenceEqual("comment"u8) ? Field.Comment : Field.Other,
        8 => utf8.SequenceEqual("feedback"u8) ? Field.Feedback : Field.Other,
        9 => utf8.SequenceEqual("arguments"u8) ? Field.Arguments : utf8.SequenceEqual("max_steps"u8) ? Field.MaxSteps : Field.Other,
        10 => utf8.SequenceEqual("error_type"u8) ? Field.ErrorType : Field.Other,
        18 => utf8.SequenceEqual("consecutive_errors"u8) ? Field.ConsecutiveErrors : Field.Other,
        _ => Field.Other,
    };
}
