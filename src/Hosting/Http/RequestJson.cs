using System;
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using AgentGen.Hosting.Running;

namespace AgentGen.Hosting.Http;

/// <summary>A request to start a thread.</summary>
/// <param name="Message">What the thread is about.</param>
/// <param name="Source">Where the message came from, when the request says.</param>
internal sealed record StartRequest(string Message, string? Source);

/// <summary>A webhook's event: a thread to start, or an answer to a waiting thread.</summary>
/// <param name="Start">The thread to start, or <see langword="null"/>.</param>
/// <param name="ThreadId">The waiting thread's id, or <see langword="null"/>.</param>
/// <param name="Answer">The answer to it, or <see langword="null"/>.</param>
internal sealed record WebhookEvent(StartRequest? Start, string? ThreadId, PersonAnswer? Answer);

/// <summary>
/// Reads the request bodies of the endpoints with <see cref="JsonDocument"/>, without reflection. Every error says
/// what was wrong and what to send instead; it becomes the detail of a 400 response.
/// </summary>
internal static class RequestJson
{
    private const string StartShape = """send {"message": "...", "source": "..."} (source optional)""";
    private const string AnswerShape = """send one of {"approve": {"comment": "..."}}, {"reject": {"feedback": "..."}} or {"respond": {"text": "..."}}""";
    private const string WebhookShape = """send {"message": "..."} to start a thread, or {"thread_id": "...", "approve" | "reject" | "respond": {...}} to answer one""";

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = 16 };

    /// <summary>Reads one kind of request from a body.</summary>
    /// <typeparam name="T">The request.</typeparam>
    /// <param name="body">The body's bytes.</param>
    /// <param name="value">The request, when the body is one.</param>
    /// <param name="error">What was wrong, when it is not.</param>
    /// <returns>Whether the body is that request.</returns>
    public delegate bool BodyReader<T>(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class;

    private delegate bool ElementReader<T>(JsonElement root, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class;

    public static bool TryReadStart(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out StartRequest? request, [NotNullWhen(false)] out string? error) =>
        TryRead(body, StartShape, TryReadStart, out request, out error);

    public static bool TryReadAnswer(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out PersonAnswer? answer, [NotNullWhen(false)] out string? error) =>
        TryRead(body, AnswerShape, TryReadAnswer, out answer, out error);

    public static bool TryReadWebhook(ReadOnlyMemory<byte> body, [NotNullWhen(true)] out WebhookEvent? webhook, [NotNullWhen(false)] out string? error) =>
        TryRead(body, WebhookShape, TryReadWebhook, out webhook, out error);

    private static bool TryRead<T>(ReadOnlyMemory<byte> body, string shape, ElementReader<T> read, [NotNullWhen(true)] out T? value, [NotNullWhen(false)] out string? error)
        where T : class
    {
        value = null;
        if (!TryParseObject(body, shape, out JsonDocument? document, out error))
        {
            return false;
        }

        using (document)
        {
            return read(document.RootElement, out value, out error);
        }
    }

    private static bool TryReadWebhook(JsonElement root, [NotNullWhen(true)] out WebhookEvent? webhook, [NotNullWhen(false)] out string? error)
    {
        webhook = null;
        bool hasMessage = root.TryGetProperty("message", out _);
        bool hasThread = root.TryGetProperty("thread_id", out JsonElement threadId);
        if (hasMessage == hasThread)
        {
            error = (hasMessage ? "The webhook has both \"message\" and \"thread_id\": " : "The webhook has neither \"message\" nor \"thread_id\": ") + WebhookShape + ".";
            return false;
        }

        if (hasMessage)
        {
            bool read = TryReadStart(root, out StartRequest? start, out error);
            webhook = read ? new WebhookEvent(start, null, null) : null;
            return read;
        }

        if (threadId.ValueKind != JsonValueKind.String || threadId.GetString() is not { Length: > 0 } id)
        {
            error = $"\"thread_id\" must be a non-empty string, not {Describe(threadId)}: {WebhookShape}.";
            return false;
        }

        bool answered = TryReadAnswer(root, out PersonAnswer? answer, out error);
        webhook = answered ? new WebhookEvent(null, id, answer) : null;
        return answered;
    }

    private static bool TryReadStart(JsonElement root, [NotNullWhen(true)] out StartRequest? request, [NotNullWhen(false)] out string? error)
    {
        request = null;
        if (!TryGetString(root, "message", required: true, StartShape, out string? message, out error))
        {
            return false;
        }

        if (string.IsNullOrWhiteSpace(message))
        {
            error = "\"message\" is empty: say what the thread is about.";
            return false;
        }

        if (!TryGetString(root, "source", required: false, StartShape, out string? source, out error))
        {
            return false;
        }

        if (source is { Length: 0 })
        {
            error = "\"source\" is empty: name where the message came from (user, trigger...), or leave it out.";
            return false;
        }

        request = new StartRequest(message, source);
        return true;
    }

    private static bool TryReadAnswer(JsonElement root, [NotNullWhen(true)] out PersonAnswer? answer, [NotNullWhen(false)] out string? error)
    {
        answer = null;
        (string Name, AnswerKind Kind, string? Field, bool Required)[] kinds =
        [
            ("approve", AnswerKind.Approve, "comment", false),
            ("reject", AnswerKind.Reject, "feedback", true),
            ("respond", AnswerKind.Respond, "text", true),
        ];
        string? found = null;
        foreach (var (name, kind, field, required) in kinds)
        {
            if (!root.TryGetProperty(name, out JsonElement body))
            {
                continue;
            }

            if (found is not null)
            {
                error = $"The request has both \"{found}\" and \"{name}\": {AnswerShape}.";
                answer = null;
                return false;
            }

            found = name;
            if (body.ValueKind != JsonValueKind.Object)
            {
                error = $"\"{name}\" must be an object, not {Describe(body)}: {AnswerShape}.";
                return false;
            }

            if (!TryGetString(body, field!, required, AnswerShape, out string? text, out error))
            {
                error = $"In \"{name}\": {error}";
                return false;
            }

            answer = new PersonAnswer(kind, text);
        }

        if (answer is null)
        {
            error = $"The request names no answer: {AnswerShape}.";
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryParseObject(ReadOnlyMemory<byte> body, string shape, [NotNullWhen(true)] out JsonDocument? document, [NotNullWhen(false)] out string? error)
    {
        try
        {
            document = JsonDocument.Parse(body, Options);
        }
        catch (JsonException exception)
        {
            document = null;
            error = $"The body is not JSON ({exception.Message}): {shape}.";
            return false;
        }

        if (document.RootElement.ValueKind != JsonValueKind.Object)
        {
            error = $"The body is {Describe(document.RootElement)}, not a JSON object: {shape}.";
            document.Dispose();
            document = null;
            return false;
        }

        error = null;
        return true;
    }

    private static bool TryGetString(JsonElement parent, string name, bool required, string shape, out string? value, [NotNullWhen(false)] out string? error)
    {
        value = null;
        error = null;
        if (!parent.TryGetProperty(name, out JsonElement element) || (!required && element.ValueKind == JsonValueKind.Null))
        {
            if (required)
            {
                error = $"\"{name}\" is missing: {shape}.";
                return false;
            }

            return true;
        }

        if (element.ValueKind != JsonValueKind.String)
        {
            error = $"\"{name}\" must be a string, not {Describe(element)}: {shape}.";
            return false;
        }

        value = element.GetString();
        return true;
    }

    private static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        _ => "null",
    };
}
