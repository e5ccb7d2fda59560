using System;
using System.Threading.Tasks;
using AgentGen.Hosting.Running;
using Microsoft.AspNetCore.Http;

namespace AgentGen.Hosting.Http;

/// <summary>
/// The request handlers of one hosted agent. Each is a plain <see cref="RequestDelegate"/>: it reads the route and the
/// body itself (<see cref="RequestJson"/>) and writes JSON with <see cref="JsonResponses"/>, so nothing is bound through
/// reflection and the host publishes with Native AOT.
/// </summary>
/// <typeparam name="TAgent">The agent.</typeparam>
internal sealed class AgentEndpoints<TAgent>(AgentHost<TAgent> host, string prefix)
    where TAgent : class, IAgent
{
    /// <summary>POST {prefix}/threads: stores a new thread from a message and queues it; 202.</summary>
    public async Task StartAsync(HttpContext context)
    {
        if (await ReadRequestAsync<StartRequest>(context, RequestJson.TryReadStart).ConfigureAwait(false) is not { } request)
        {
            return;
        }

        StoredThread created = await host.StartAsync(request.Message, request.Source ?? "user", context.RequestAborted).ConfigureAwait(false);
        await JsonResponses.WriteSummaryAsync(context, StatusCodes.Status202Accepted, created, Location(context, created.Thread.Id)).ConfigureAwait(false);
    }

    /// <summary>GET {prefix}/threads/{id}: the thread's status, version and events; 404 when unknown.</summary>
    public async Task GetAsync(HttpContext context)
    {
        string id = ThreadId(context);
        if (await host.Store.LoadAsync(id, context.RequestAborted).ConfigureAwait(false) is not { } stored)
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status404NotFound, new ThreadNotFoundException(id).Message).ConfigureAwait(false);
            return;
        }

        await JsonResponses.WriteThreadAsync(context, stored).ConfigureAwait(false);
    }

    /// <summary>POST {prefix}/threads/{id}/responses: a person's approval, rejection or answer; 202, and the run resumes.</summary>
    public async Task AnswerAsync(HttpContext context)
    {
        if (await ReadRequestAsync<PersonAnswer>(context, RequestJson.TryReadAnswer).ConfigureAwait(false) is not { } answer)
        {
            return;
        }

        await AnswerAsync(context, ThreadId(context), answer).ConfigureAwait(false);
    }

    /// <summary>
    /// POST {prefix}/threads/{id}/run: queues a thread that can take a step (ready, or stopped at its step limit), for
    /// example after its last run failed; 409 when it waits for a person or has ended.
    /// </summary>
    public async Task RunAsync(HttpContext context)
    {
        string id = ThreadId(context);
        if (await host.Store.LoadAsync(id, context.RequestAborted).ConfigureAwait(false) is not { } stored)
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status404NotFound, new ThreadNotFoundException(id).Message).ConfigureAwait(false);
            return;
        }

        if (stored.Thread.Status is not (ThreadStatus.Ready or ThreadStatus.StepLimitReached))
        {
            string detail = $"Thread {id} is {JsonResponses.StatusName(stored.Thread.Status)}: only a ready thread, or one stopped at its step limit, runs. " +
                (stored.Thread.Status is ThreadStatus.AwaitingApproval or ThreadStatus.AwaitingHuman or ThreadStatus.Escalated
                    ? "Answer it first: POST its responses."
                    : "Start a new thread for new work.");
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status409Conflict, detail).ConfigureAwait(false);
            return;
        }

        await host.QueueAsync(id).ConfigureAwait(false);
        await JsonResponses.WriteSummaryAsync(context, StatusCodes.Status202Accepted, stored, Location(context, id)).ConfigureAwait(false);
    }

    /// <summary>
    /// POST {prefix}/webhooks: an event signed with the shared secret, which starts a thread (source <c>webhook</c>) or
    /// answers a waiting one. The body is read up to its limit (413) and verified (401, 409 for a replay) before it is
    /// parsed; nothing is stored unless every check passes.
    /// </summary>
    public async Task WebhookAsync(HttpContext context)
    {
        WebhookVerifier verifier = host.Webhooks ?? throw new InvalidOperationException($"{host.Name} has no webhook secret; the webhook endpoint should not be mapped.");
        if (await ReadBodyAsync(context, host.Options.MaxWebhookBodySize).ConfigureAwait(false) is not { } body)
        {
            return;
        }

        IHeaderDictionary headers = context.Request.Headers;
        string? timestamp = headers[AgentWebhooks.TimestampHeader].Count == 1 ? headers[AgentWebhooks.TimestampHeader][0] : null;
        string? signature = headers[AgentWebhooks.SignatureHeader].Count == 1 ? headers[AgentWebhooks.SignatureHeader][0] : null;
        switch (verifier.Verify(timestamp, signature, body.Span, out string? refusal))
        {
            case WebhookVerdict.Unauthenticated:
                await JsonResponses.WriteProblemAsync(context, StatusCodes.Status401Unauthorized, refusal!).ConfigureAwait(false);
                return;
            case WebhookVerdict.Replayed:
                await JsonResponses.WriteProblemAsync(context, StatusCodes.Status409Conflict, refusal!).ConfigureAwait(false);
                return;
        }

        if (!RequestJson.TryReadWebhook(body, out WebhookEvent? webhook, out string? error))
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
            return;
        }

        if (webhook.Start is { } start)
        {
            StoredThread created = await host.StartAsync(start.Message, "webhook", context.RequestAborted).ConfigureAwait(false);
            await JsonResponses.WriteSummaryAsync(context, StatusCodes.Status202Accepted, created, Location(context, created.Thread.Id)).ConfigureAwait(false);
            return;
        }

        await AnswerAsync(context, webhook.ThreadId!, webhook.Answer!).ConfigureAwait(false);
    }

    private async Task AnswerAsync(HttpContext context, string threadId, PersonAnswer answer)
    {
        StoredThread saved;
        try
        {
            saved = await host.AnswerAsync(threadId, answer, context.RequestAborted).ConfigureAwait(false);
        }
        catch (ThreadNotFoundException notFound)
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status404NotFound, notFound.Message).ConfigureAwait(false);
            return;
        }
        catch (WrongStateException wrongState)
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status409Conflict, wrongState.Message).ConfigureAwait(false);
            return;
        }
        catch (ThreadConflictException conflict)
        {
            await JsonResponses.WriteProblemAsync(context, StatusCodes.Status409Conflict, conflict.Message).ConfigureAwait(false);
            return;
        }

        await JsonResponses.WriteSummaryAsync(context, StatusCodes.Status202Accepted, saved, Location(context, threadId)).ConfigureAwait(false);
    }

    /// <summary>Reads a request of the thread endpoints; writes 413 or 400 and returns <see langword="null"/> when there is none.</summary>
    private async Task<T?> ReadRequestAsync<T>(HttpContext context, RequestJson.BodyReader<T> read)
        where T : class
    {
        if (await ReadBodyAsync(context, host.Options.MaxRequestBodySize).ConfigureAwait(false) is not { } body)
        {
            return null;
        }

        if (read(body, out T? request, out string? error))
        {
            return request;
        }

        await JsonResponses.WriteProblemAsync(context, StatusCodes.Status400BadRequest, error).ConfigureAwait(false);
        return null;
    }

    /// <summary>Reads the body up to a limit; writes 413 and returns <see langword="null"/> when it is longer.</summary>
    private static async Task<ReadOnlyMemory<byte>?> ReadBodyAsync(HttpContext context, long limit)
    {
        if (await RequestBody.ReadAsync(context.Request, limit, context.RequestAborted).ConfigureAwait(false) is { } body)
        {
            return body;
        }

        await JsonResponses.WriteProblemAsync(context, StatusCodes.Status413PayloadTooLarge, $"The body is longer than {limit} bytes, the most this endpoint reads.").ConfigureAwait(false);
        return null;
    }

    private static string ThreadId(HttpContext context) => context.Request.RouteValues["id"] as string ?? string.Empty;

    private string Location(HttpContext context, string threadId) =>
        $"{context.Request.PathBase}{prefix}/threads/{Uri.EscapeDataString(threadId)}";
}
