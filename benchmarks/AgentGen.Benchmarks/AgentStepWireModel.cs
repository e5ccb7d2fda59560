using System;
using System.Buffers;
using System.ClientModel;
using System.ClientModel.Primitives;
using System.IO;
using System.Net;
using System.Net.Http;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.Extensions.AI;
using OpenAI;

namespace AgentGen.Benchmarks.Steps;

/// <summary>
/// The scripted model of <see cref="AgentStepBenchmarks"/> one level down: an HTTP handler answering the OpenAI chat
/// completions API with canned JSON, behind the real OpenAI client (<c>OpenAIClient(...).GetChatClient(...).AsIChatClient()</c>).
/// Each side's request is serialized by the OpenAI SDK and read here to the last byte, as a socket would send it, and each
/// answer is parsed by the SDK, as a real provider's would be.
/// </summary>
/// <remarks>
/// It answers as <see cref="AgentStepModel"/> does: one <c>deploy_frontend</c> call, or the final text when the request's
/// last message is the result of that call (the Agent Framework's second request of a tool round).
/// </remarks>
internal sealed class AgentStepWireModel : HttpMessageHandler, IScriptedAnswers
{
    private const string ScriptedCallId = "call_scripted";

    private static readonly byte[] s_callResult = Encoding.UTF8.GetBytes(
        "\"tool_call_id\":\"" + ScriptedCallId + "\"");

    private static readonly byte[] s_callAnswer = Answer(writer =>
    {
        writer.WriteNull("content");
        writer.WriteStartArray("tool_calls");
        writer.WriteStartObject();
        writer.WriteString("id", ScriptedCallId);
        writer.WriteString("type", "function");
        writer.WriteStartObject("function");
        writer.WriteString("name", DeployFrontend.ToolName);
        writer.WriteString("arguments", AgentStepModel.ArgumentsJson);
        writer.WriteEndObject();
        writer.WriteEndObject();
        writer.WriteEndArray();
    }, "tool_calls");

    private static readonly byte[] s_textAnswer = Answer(writer => writer.WriteString("content", AgentStepModel.FinalText), "stop");

    private readonly MemoryStream _body = new();

    /// <summary>Gets how many requests were answered with a function call.</summary>
    public int CallsAnswered { get; private set; }

    /// <summary>Gets how many requests were answered with text.</summary>
    public int TextsAnswered { get; private set; }

    /// <summary>Creates the OpenAI chat client of one side, talking to a new handler.</summary>
    /// <param name="handler">The handler.</param>
    /// <returns>The client, as Microsoft.Extensions.AI's <see cref="IChatClient"/>.</returns>
    public static IChatClient CreateClient(AgentStepWireModel handler)
    {
        var options = new OpenAIClientOptions
        {
            Endpoint = new Uri("http://model.invalid/v1"),
            Transport = new HttpClientPipelineTransport(new HttpClient(handler)),
            RetryPolicy = new ClientRetryPolicy(maxRetries: 0),
        };
        return new OpenAIClient(new ApiKeyCredential("benchmark"), options).GetChatClient("gpt-4o-mini").AsIChatClient();
    }

    /// <inheritdoc/>
    protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        _body.SetLength(0);
        if (request.Content is not null)
        {
            await request.Content.CopyToAsync(_body, cancellationToken).ConfigureAwait(false);
        }

        byte[] answer;
        if (CarriesTheScriptedResult(_body.GetBuffer().AsSpan(0, (int)_body.Length)))
        {
            TextsAnswered++;
            answer = s_textAnswer;
        }
        else
        {
            CallsAnswered++;
            answer = s_callAnswer;
        }

        var content = new ByteArrayContent(answer);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return new HttpResponseMessage(HttpStatusCode.OK) { Content = content, RequestMessage = request };
    }

    /// <summary>A chat completion whose one choice is an assistant message written by <paramref name="writeMessage"/>.</summary>
    private static byte[] Answer(Action<Utf8JsonWriter> writeMessage, string finishReason)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("id", "chatcmpl-benchmark");
            writer.WriteString("object", "chat.completion");
            writer.WriteNumber("created", 1764000000);
            writer.WriteString("model", "gpt-4o-mini");
            writer.WriteStartArray("choices");
            writer.WriteStartObject();
            writer.WriteNumber("index", 0);
            writer.WriteStartObject("message");
            writer.WriteString("role", "assistant");
            writeMessage(writer);
            writer.WriteEndObject();
            writer.WriteString("finish_reason", finishReason);
            writer.WriteEndObject();
            writer.WriteEndArray();
            writer.WriteStartObject("usage");
            writer.WriteNumber("prompt_tokens", 700);
            writer.WriteNumber("completion_tokens", 20);
            writer.WriteNumber("total_tokens", 720);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Whether the request carries the result of the scripted call: only the Agent Framework's second request does.</summary>
    private static bool CarriesTheScriptedResult(ReadOnlySpan<byte> body) => body.IndexOf(s_callResult) >= 0;
}
