using System.Text.Encodings.Web;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;

namespace AgentGen.Hosting.Http;

/// <summary>Writes the endpoints' responses with <see cref="Utf8JsonWriter"/> straight into the response body.</summary>
internal static class JsonResponses
{
    private const string Json = "application/json; charset=utf-8";
    private const string ProblemJson = "application/problem+json; charset=utf-8";

    // A problem's detail is this library's own text, quoting JSON: readable as sent, never embedded in HTML.
    private static readonly JsonWriterOptions RelaxedEscaping = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Writes <c>{"id", "status", "version"}</c>, with a Location header naming the thread.</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status code, 202 or 200.</param>
    /// <param name="stored">The thread.</param>
    /// <param name="location">The thread's URL path.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteSummaryAsync(HttpContext context, int statusCode, StoredThread stored, string location)
    {
        context.Response.Headers.Location = location;
        return WriteAsync(context, statusCode, Json, default, writer =>
        {
            writer.WriteStartObject();
            WriteSummaryProperties(writer, stored);
            writer.WriteEndObject();
        });
    }

    /// <summary>Writes <c>{"id", "status", "version", "thread": ThreadJson}</c>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="stored">The thread.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteThreadAsync(HttpContext context, StoredThread stored) =>
        WriteAsync(context, StatusCodes.Status200OK, Json, default, writer =>
        {
            writer.WriteStartObject();
            WriteSummaryProperties(writer, stored);
            writer.WritePropertyName("thread");
            ThreadJson.Write(stored.Thread, writer);
            writer.WriteEndObject();
        });

    /// <summary>Writes an RFC 9457 problem: <c>{"title", "status", "detail"}</c>.</summary>
    /// <param name="context">The request.</param>
    /// <param name="statusCode">The status code.</param>
    /// <param name="detail">What was wrong and what to do.</param>
    /// <returns>A task that completes when the response is written.</returns>
    public static Task WriteProblemAsync(HttpContext context, int statusCode, string detail) =>
        WriteAsync(context, statusCode, ProblemJson, RelaxedEscaping, writer =>
        {
            writer.WriteStartObject();
            writer.WriteString("title", ReasonPhrases.GetReasonPhrase(statusCode));
            writer.WriteNumber("status", statusCode);
            writer.WriteString("detail", detail);
            writer.WriteEndObject();
        });

    /// <summary>The status as the HTTP API spells it: snake_case, like the thread JSON's names.</summary>
    /// <param name="status">The status.</param>
    /// <returns>For example <c>awaiting_approval</c>.</returns>
    public static string StatusName(ThreadStatus status) => status switch
    {
        ThreadStatus.Ready => "ready",
        ThreadStatus.AwaitingHuman => "awaiting_human",
        ThreadStatus.AwaitingApproval => "awaiting_approval",
        ThreadStatus.Paused => "paused",
        ThreadStatus.Done => "done",
        ThreadStatus.Failed => "failed",
        ThreadStatus.StepLimitReached => "step_limit_reached",
        ThreadStatus.Escalated => "escalated",
        ThreadStatus.HasUnknownEvents => "has_unknown_events",
        _ => "unknown",
    };

    private static void WriteSummaryProperties(Utf8JsonWriter writer, StoredThread stored)
    {
        writer.WriteString("id", stored.Thread.Id);
        writer.WriteString("status", StatusName(stored.Thread.Status));
        writer.WriteNumber("version", stored.Version);
    }

    private static async Task WriteAsync(HttpContext context, int statusCode, string contentType, JsonWriterOptions options, System.Action<Utf8JsonWriter> write)
    {
        HttpResponse response = context.Response;
        response.StatusCode = statusCode;
        response.ContentType = contentType;
        response.Headers.CacheControl = "no-store";
        using (var writer = new Utf8JsonWriter(response.BodyWriter, options))
        {
            write(writer);
        }

        await response.BodyWriter.FlushAsync(CancellationToken.None).ConfigureAwait(false);
    }
}
