using System;
using AgentGen.Hosting.Http;
using AgentGen.Hosting.Running;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace AgentGen.Hosting;

/// <summary>Maps a hosted agent's HTTP endpoints (factor 11: trigger from anywhere).</summary>
public static class AgentEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps an agent's endpoints under a prefix, for example <c>/agents/deploy</c>:
    /// <list type="bullet">
    /// <item><c>POST {prefix}/threads</c>: starts a thread from <c>{"message": "...", "source": "..."}</c>; 202 with <c>{"id", "status", "version"}</c> and a Location header. The run goes on in the background.</item>
    /// <item><c>GET {prefix}/threads/{id}</c>: 200 with <c>{"id", "status", "version", "thread"}</c> (the thread in <see cref="ThreadJson"/>); 404 when unknown.</item>
    /// <item><c>POST {prefix}/threads/{id}/responses</c>: <c>{"approve": {"comment": "..."}}</c>, <c>{"reject": {"feedback": "..."}}</c> or <c>{"respond": {"text": "..."}}</c>; 202 and the run resumes, 409 when the thread is not waiting for that or moved meanwhile, 404 when unknown, 400 when malformed.</item>
    /// <item><c>POST {prefix}/threads/{id}/run</c>: runs again a ready thread (its last run failed) or one stopped at its step limit; 202, or 409.</item>
    /// <item><c>POST {prefix}/webhooks</c>, when <see cref="AgentHostOptions.WebhookSecret"/> is set: a signed event (see <see cref="AgentWebhooks"/>) that starts a thread or answers one. It allows anonymous callers: the signature authenticates it.</item>
    /// </list>
    /// Every error is an <c>application/problem+json</c> body whose <c>detail</c> says what was wrong.
    /// </summary>
    /// <typeparam name="TAgent">The agent, added with <see cref="AgentGenBuilder.AddAgent{TAgent}"/>.</typeparam>
    /// <param name="endpoints">The application.</param>
    /// <param name="prefix">The route prefix, for example <c>/agents/deploy</c>.</param>
    /// <returns>The group of the agent's endpoints, to add conventions to (authorization, rate limiting...).</returns>
    /// <exception cref="InvalidOperationException">The agent was not added, or its options are not valid.</exception>
    public static RouteGroupBuilder MapAgent<TAgent>(this IEndpointRouteBuilder endpoints, string prefix)
        where TAgent : class, IAgent
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        ArgumentNullException.ThrowIfNull(prefix);
        AgentHost<TAgent> host = endpoints.ServiceProvider.GetService<AgentHost<TAgent>>() ?? throw new InvalidOperationException(
            $"{typeof(TAgent).Name} is not hosted: call services.AddAgentGen().AddAgent<{typeof(TAgent).Name}>() before MapAgent.");
        string normalized = "/" + prefix.Trim('/');
        if (normalized == "/")
        {
            normalized = string.Empty;
        }

        var handlers = new AgentEndpoints<TAgent>(host, normalized);
        RouteGroupBuilder group = endpoints.MapGroup(normalized.Length == 0 ? "/" : normalized);
        group.MapPost("/threads", (RequestDelegate)handlers.StartAsync).WithName(host.Name + ".StartThread");
        group.MapGet("/threads/{id}", (RequestDelegate)handlers.GetAsync).WithName(host.Name + ".GetThread");
        group.MapPost("/threads/{id}/responses", (RequestDelegate)handlers.AnswerAsync).WithName(host.Name + ".AnswerThread");
        group.MapPost("/threads/{id}/run", (RequestDelegate)handlers.RunAsync).WithName(host.Name + ".RunThread");
        if (host.Webhooks is not null)
        {
            group.MapPost("/webhooks", (RequestDelegate)handlers.WebhookAsync).WithName(host.Name + ".Webhook").AllowAnonymous();
        }

        return group;
    }
}
